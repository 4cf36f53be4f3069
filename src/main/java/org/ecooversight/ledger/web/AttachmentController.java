package org.ecooversight.ledger.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.attachment.Attachments;
import org.ecooversight.attachment.Attachments.StoredFile;
import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Leads;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.Problems;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored photos and documents, to whoever may see the problem they belong to (a lead's files once
 * the lead became a problem, or to the intake desk before).
 */
@RestController
@Tag(name = "Attachments", description = "照片与附件")
class AttachmentController {

	private final Attachments attachments;
	private final Problems problems;
	private final Leads leads;

	AttachmentController(Attachments attachments, Problems problems, Leads leads) {
		this.attachments = attachments;
		this.problems = problems;
		this.leads = leads;
	}

	@Operation(summary = "Download a stored file")
	@GetMapping({ "/api/v1/attachments/{id}", "/files/{id}" })
	ResponseEntity<byte[]> download(@PathVariable UUID id, Actor actor) {
		StoredFile file = attachments.find(id).orElseThrow(() -> new NotFoundException("file " + id + " does not exist"));
		requireVisible(file.ownerId(), actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SM3", file.sm3())
			.body(attachments.content(id));
	}

	private void requireVisible(UUID owner, Actor actor, UUID fileId) {
		var problem = problems.find(new ProblemId(owner));
		if (problem.isPresent()) {
			LedgerAccess.visible(actor, problem.get());
			return;
		}
		Lead lead = leads.find(new LeadId(owner)).orElseThrow(() -> new NotFoundException("file " + fileId + " does not exist"));
		if (lead.problemId() != null) {
			LedgerAccess.visible(actor, problems.require(new ProblemId(lead.problemId())));
			return;
		}
		if (!actor.hasAnyRole(LedgerAccess.INTAKE)) {
			throw new NotFoundException("file " + fileId + " does not exist");
		}
	}
}
