package org.ecooversight.intake.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.InspectionReference;
import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.LeadForm;
import org.ecooversight.intake.LeadForm.LeadBody;
import org.ecooversight.intake.LeadForm.Receipt;
import org.ecooversight.intake.LeadStatus;
import org.ecooversight.intake.Leads;
import org.ecooversight.intake.Leads.LeadSummary;
import org.ecooversight.intake.OpeningReporterIdentity;
import org.ecooversight.intake.PersonalData;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReportedEntity;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.Place;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receiving leads from signed-in operators and units through every channel (the public reports
 * through the portal, module portal). A multipart request carries the lead as the part "lead" and
 * photos or documents as parts "files".
 */
@RestController
@Tag(name = "Leads", description = "问题线索: intake through every channel")
class LeadController {

	private static final Role[] INTAKE_ROLES = { Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE };
	private static final Role[] SUBMITTERS = { Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE,
			Role.DEPARTMENT_HANDLER, Role.TOWN_HANDLER, Role.DISCIPLINE_OFFICER };

	private final ReceivingLead receiving;
	private final Leads leads;
	private final OpeningReporterIdentity identity;

	LeadController(ReceivingLead receiving, Leads leads, OpeningReporterIdentity identity) {
		this.receiving = receiving;
		this.leads = leads;
		this.identity = identity;
	}

	@Operation(summary = "Receive a lead through an operator's channel (12369, inspections, audit, media, ...)")
	@PostMapping(path = "/api/v1/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Receipt> receive(@RequestBody LeadBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Actor actor) {
		requireSubmitter(actor);
		return LeadForm.answer(receiving.receive(LeadForm.command(body), List.of(), key, actor));
	}

	@Operation(summary = "Receive a lead with photos or documents (multipart: part 'lead' as JSON, parts 'files')")
	@PostMapping(path = "/api/v1/leads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Receipt> receiveWithFiles(@RequestPart("lead") LeadBody body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Actor actor) {
		requireSubmitter(actor);
		return LeadForm.answer(receiving.receive(LeadForm.command(body), Upload.of(files), key, actor));
	}

	@Operation(summary = "Leads, newest first (task force and committee office)")
	@GetMapping("/api/v1/leads")
	List<LeadSummary> list(@RequestParam(required = false) LeadStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
		requireIntake(actor);
		if (page < 0 || size < 1 || size > 500) {
			throw new InvalidInputException("size", "page from 0, size from 1 to 500");
		}
		return leads.list(status, page * size, size);
	}

	/** A lead as the intake desk sees it; the reporter's identity stays sealed (see /reporter). */
	record LeadView(LeadId id, String trackingCode, Channel channel, String channelLabel, String channelReference,
			InspectionReference inspectionReference, String description, Place place, List<String> pollutionTypes,
			ReportedEntity reportedEntity, boolean anonymous, boolean reporterIdentitySealed,
			List<AttachmentRef> attachments, Instant receivedAt, LeadStatus status, String statusLabel,
			java.util.UUID problemId, String declineReason, String publicReply, int version,
			List<PersonalData.Finding> personalData) {
	}

	@Operation(summary = "One lead (task force and committee office)")
	@GetMapping("/api/v1/leads/{id}")
	LeadView get(@PathVariable LeadId id, Actor actor) {
		requireIntake(actor);
		Lead lead = leads.require(id);
		var f = lead.facts();
		return new LeadView(lead.id(), f.trackingCode(), f.channel(), f.channel().label(), f.channelReference(),
				f.inspectionReference(), f.description(), f.place(), f.pollutionTypes(), f.reportedEntity(),
				f.anonymous(), !f.anonymous(), f.attachments(), f.receivedAt(), lead.status(), lead.status().label(),
				lead.problemId(), lead.declineReason(), lead.publicReply(), lead.version(),
				f.personalData() == null ? List.of() : f.personalData());
	}

	/**
	 * The reporter's sealed contact details and, where intake masked personal data in the description,
	 * the description as written ({@code originalDescription}, null otherwise).
	 */
	record ReporterAnswer(String name, String phone, String email, String originalDescription) {
	}

	@Operation(summary = "Open the reporter's sealed contact details (and the description as written, where personal data in it was masked), stating the purpose; the opening is recorded")
	@GetMapping("/api/v1/leads/{id}/reporter")
	ReporterAnswer reporter(@PathVariable LeadId id, @RequestParam(required = false) String purpose, Actor actor) {
		var opened = identity.openOriginal(id, purpose, actor);
		ReporterContact c = opened.contact();
		return new ReporterAnswer(c == null ? null : c.name(), c == null ? null : c.phone(), c == null ? null : c.email(),
				opened.description());
	}

	private static void requireSubmitter(Actor actor) {
		if (!actor.hasAnyRole(SUBMITTERS)) {
			throw new ForbiddenException("leads are entered by the task force, the committee office, departments, towns and the discipline organ");
		}
	}

	private static void requireIntake(Actor actor) {
		if (!actor.hasAnyRole(INTAKE_ROLES)) {
			throw new ForbiddenException("the intake desk is for the task force and the committee office");
		}
	}
}
