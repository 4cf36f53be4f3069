package org.ecooversight.portal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.LeadStatus;
import org.ecooversight.intake.PersonalData;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
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
 * API's ({@code /api/v1/leads}), field for field, so that one description of a lead serves both; they
 * keep those names in the API description. A multipart request carries the lead as the part "lead"
 * and photos as parts "files".
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

	record ReporterBody(Boolean anonymous, String name, String phone, String email) {
	}

	record EntityBody(String name, String creditCode) {
	}

	/**
	 * The intake API's lead. From the public, the channel (PUBLIC_WEB), the channel's reference and the
	 * time received (the server's clock) are not taken from the body: a citizen cannot backdate a report
	 * or pass it off as another channel's.
	 */
	record LeadBody(Channel channel, String channelReference, String description, String townCode, String address,
			Double longitude, Double latitude, List<String> pollutionTypes, EntityBody reportedEntity,
			ReporterBody reporter, Instant receivedAt) {
	}

	/** The intake API's receipt: the lead's id, its tracking code, where it stands, the personal data masked. */
	record Receipt(LeadId id, String trackingCode, LeadStatus status, String statusLabel, Instant receivedAt,
			boolean repeated, List<PersonalData.Finding> personalData) {
	}

	@Operation(summary = "A member of the public reports a problem (no sign-in); the answer carries the tracking code",
			description = PUBLIC_LIMIT)
	@PostMapping(path = "/api/v1/public/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Receipt> receivePublic(@RequestBody LeadBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		limit.take(request.getRemoteAddr());
		return respond(receiving.receive(command(body), List.of(), key, Actor.PUBLIC));
	}

	@Operation(summary = "A member of the public reports a problem with photos (multipart)", description = PUBLIC_LIMIT)
	@PostMapping(path = "/api/v1/public/leads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Receipt> receivePublicWithFiles(@RequestPart("lead") LeadBody body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		limit.take(request.getRemoteAddr());
		return respond(receiving.receive(command(body), Upload.of(files), key, Actor.PUBLIC));
	}

	private static ResponseEntity<Receipt> respond(ReceivingLead.Received received) {
		Receipt receipt = new Receipt(received.id(), received.trackingCode(), received.status(),
				received.status().label(), received.receivedAt(), received.repeated(), received.personalData());
		if (received.repeated()) {
			return ResponseEntity.ok(receipt);
		}
		return ResponseEntity.created(URI.create("/api/v1/leads/" + received.id())).body(receipt);
	}

	private static ReceiveLead command(LeadBody body) {
		if (body == null) {
			throw new InvalidInputException("body", "a lead is required");
		}
		ReporterBody reporter = body.reporter();
		boolean anonymous = reporter == null || Boolean.TRUE.equals(reporter.anonymous());
		ReporterContact contact = reporter == null ? null
				: new ReporterContact(reporter.name(), reporter.phone(), reporter.email());
		EntityBody entity = body.reportedEntity();
		return new ReceiveLead(Channel.PUBLIC_WEB, null, body.description(), body.townCode(),
				body.address(), body.longitude(), body.latitude(), body.pollutionTypes(),
				entity == null ? null : entity.name(), entity == null ? null : entity.creditCode(), anonymous,
				anonymous ? null : contact, null);
	}
}
