package org.ecooversight.intake;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;

/**
 * A lead as it comes over HTTP and the receipt it gets back: one description for the intake API
 * ({@code /api/v1/leads}, any channel) and the public portal's ({@code /api/v1/public/leads}), so the
 * two never drift apart.
 */
public final class LeadForm {

	private LeadForm() {
	}

	public record ReporterBody(Boolean anonymous, String name, String phone, String email) {
	}

	public record EntityBody(String name, String creditCode) {
	}

	public record LeadBody(Channel channel, String channelReference, String description, String townCode,
			String address, Double longitude, Double latitude, List<String> pollutionTypes, EntityBody reportedEntity,
			ReporterBody reporter, Instant receivedAt) {
	}

	/**
	 * What a submitter gets back: the lead's id, its tracking code, where it stands, and the personal
	 * data found in the description and masked for every reader (kind, position in the text as
	 * written, the mask), so that the operator can tell the caller.
	 */
	public record Receipt(LeadId id, String trackingCode, LeadStatus status, String statusLabel, Instant receivedAt,
			boolean repeated, List<PersonalData.Finding> personalData) {
	}

	/** A lead entered through an operator's channel: the channel, its reference and the time received as given. */
	public static ReceiveLead command(LeadBody body) {
		return command(required(body), body.channel(), body.channelReference(), body.receivedAt());
	}

	/**
	 * A report from the public: always PUBLIC_WEB, received now; the channel's reference and the time
	 * received are not taken from the body, so a citizen cannot backdate a report or pass it off as
	 * another channel's.
	 */
	public static ReceiveLead publicCommand(LeadBody body) {
		return command(required(body), Channel.PUBLIC_WEB, null, null);
	}

	/** 201 with the receipt, or 200 when the same Idempotency-Key brought back the first lead. */
	public static ResponseEntity<Receipt> answer(ReceivingLead.Received received) {
		Receipt receipt = new Receipt(received.id(), received.trackingCode(), received.status(),
				received.status().label(), received.receivedAt(), received.repeated(), received.personalData());
		if (received.repeated()) {
			return ResponseEntity.ok(receipt);
		}
		return ResponseEntity.created(URI.create("/api/v1/leads/" + received.id())).body(receipt);
	}

	private static LeadBody required(LeadBody body) {
		if (body == null) {
			throw new InvalidInputException("body", "a lead is required");
		}
		return body;
	}

	private static ReceiveLead command(LeadBody body, Channel channel, String reference, Instant receivedAt) {
		ReporterBody reporter = body.reporter();
		boolean anonymous = reporter == null || Boolean.TRUE.equals(reporter.anonymous());
		ReporterContact contact = reporter == null ? null
				: new ReporterContact(reporter.name(), reporter.phone(), reporter.email());
		EntityBody entity = body.reportedEntity();
		return new ReceiveLead(channel, reference, body.description(), body.townCode(), body.address(),
				body.longitude(), body.latitude(), body.pollutionTypes(), entity == null ? null : entity.name(),
				entity == null ? null : entity.creditCode(), anonymous, anonymous ? null : contact, receivedAt);
	}
}
