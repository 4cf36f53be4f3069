package org.ecooversight.intake;

import java.time.Instant;
import java.util.List;

/**
 * What other modules hear when a lead is recorded: its id, where and what, and the opening of its
 * description, with personal data masked ({@link PersonalData}). The full {@link LeadEvent.LeadReceived} (with the sealed reporter contact) stays in
 * the tamper-evident record and never travels through the event publication registry.
 */
public record LeadRecorded(LeadId leadId, Channel channel, String townCode, List<String> pollutionTypes,
		String summary, Instant receivedAt) {

	static final int SUMMARY_LENGTH = 300;

	static LeadRecorded of(LeadEvent.LeadReceived received) {
		String description = received.description();
		return new LeadRecorded(received.leadId(), received.channel(), received.place().townCode(),
				received.pollutionTypes(),
				description.length() <= SUMMARY_LENGTH ? description : description.substring(0, SUMMARY_LENGTH),
				received.receivedAt());
	}
}
