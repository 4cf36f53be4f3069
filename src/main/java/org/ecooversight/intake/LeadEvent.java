package org.ecooversight.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Past-tense events in the life of a lead. */
public sealed interface LeadEvent {

	LeadId leadId();

	/**
	 * The lead as received; the reporter's contact is sealed (SM4) before it gets here, and so is the
	 * description as written when it carried personal data: {@code description} is then the masked
	 * text ({@link PersonalData}), {@code sealedDescription} the original, {@code personalData} what
	 * was masked (kinds, positions, masks; empty when nothing was). Both are null in events recorded
	 * before descriptions were masked; such a description is masked when it is read
	 * ({@link Lead#facts()}).
	 */
	record LeadReceived(LeadId leadId, String trackingCode, Channel channel, String channelReference,
			InspectionReference inspectionReference, String description, Place place, List<String> pollutionTypes,
			ReportedEntity reportedEntity, boolean anonymous, String sealedContact, List<AttachmentRef> attachments,
			Instant receivedAt, String sealedDescription, List<PersonalData.Finding> personalData) implements LeadEvent {

		/** Whether the description was masked at intake (false for leads recorded before masking existed). */
		public boolean maskedAtIntake() {
			return personalData != null;
		}

		LeadReceived withDescription(String masked) {
			return new LeadReceived(leadId, trackingCode, channel, channelReference, inspectionReference, masked, place,
					pollutionTypes, reportedEntity, anonymous, sealedContact, attachments, receivedAt, sealedDescription,
					personalData);
		}
	}

	/** 受理: a problem was opened from the lead. */
	record LeadAccepted(LeadId leadId, UUID problemId) implements LeadEvent {
	}

	/** 不予受理: with the reason kept on file and the reply the reporter sees. */
	record LeadDeclined(LeadId leadId, String reason, String publicReply) implements LeadEvent {
	}

	/** 合并: the lead reports a problem already on the ledger. */
	record LeadMerged(LeadId leadId, UUID problemId, String note) implements LeadEvent {
	}

	/** The reporter rated the handling once it was done, with an optional comment. */
	record HandlingRated(LeadId leadId, Rating rating, String comment, java.time.Instant ratedAt) implements LeadEvent {
	}

	/** Someone opened the reporter's sealed contact details, for the purpose stated. */
	record ReporterIdentityViewed(LeadId leadId, String viewer, String purpose) implements LeadEvent {
	}
}
