package org.ecooversight.portal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.LeadForm;
import org.ecooversight.intake.LeadForm.LeadBody;
import org.ecooversight.intake.LeadForm.Receipt;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A member of the public reports a problem over HTTP, without signing in: the channel is always
 * PUBLIC_WEB, the reports are limited per client address ({@link PublicReportLimit}, shared with the
 * portal's form), and the answer carries the tracking code. The body and the receipt are the intake
 * API's ({@link LeadForm}); the channel's reference and the time received are not taken from the
 * public. A multipart request carries the lead as the part "lead" and photos as parts "files".
 */
@RestController
@Tag(name = "Leads", description = "问题线索: intake through every channel")
class PublicLeadController {

	private static final String PUBLIC_LIMIT = "At most eco.portal.reports-per-hour (5) public reports per client address "
			+ "in an hour, the portal's form and this API together, on every instance: more are answered 429 "
			+ "(problem+json) with Retry-After in seconds.";

	private final ReceivingLead receiving;
	private final PublicReportLimit limit;

	PublicLeadController(ReceivingLead receiving, PublicReportLimit limit) {
		this.receiving = receiving;
		this.limit = limit;
	}

	@Operation(summary = "A member of the public reports a problem (no sign-in); the answer carries the tracking code",
			description = PUBLIC_LIMIT)
	@PostMapping(path = "/api/v1/public/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Receipt> receivePublic(@RequestBody LeadBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		limit.take(request.getRemoteAddr());
		return LeadForm.answer(receiving.receive(LeadForm.publicCommand(body), List.of(), key, Actor.PUBLIC));
	}

	@Operation(summary = "A member of the public reports a problem with photos (multipart)", description = PUBLIC_LIMIT)
	@PostMapping(path = "/api/v1/public/leads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Receipt> receivePublicWithFiles(@RequestPart("lead") LeadBody body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		limit.take(request.getRemoteAddr());
		return LeadForm.answer(receiving.receive(LeadForm.publicCommand(body), Upload.of(files), key, Actor.PUBLIC));
	}
}
