package org.ecooversight.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecooversight.audit.EventSourced;
import org.ecooversight.intake.LeadEvent.LeadAccepted;
import org.ecooversight.intake.LeadEvent.LeadDeclined;
import org.ecooversight.intake.LeadEvent.LeadMerged;
import org.ecooversight.intake.LeadEvent.LeadReceived;
import org.ecooversight.intake.LeadEvent.ReporterIdentityViewed;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;

/**
 * A lead (问题线索): one report of a possible problem, as received. Its state is the fold of its
 * recorded events; its only decisions are the intake decisions of the provincial document's
 * acceptance mechanism (Q, 受理机制): accept, decline with a reason and a reply, or merge into a
 * problem already on the ledger. Each may be taken once, on a lead that is still undecided.
 */
public final class Lead extends EventSourced<LeadEvent> {

	private final LeadId id;
	private LeadReceived facts;
	private LeadStatus status;
	private UUID problemId;
	private String declineReason;
	private String publicReply;

	private Lead(LeadId id) {
		this.id = id;
	}

	/** A lead as it arrives. */
	public static Lead receive(LeadReceived received) {
		Lead lead = new Lead(received.leadId());
		lead.record(received);
		return lead;
	}

	/** Rebuilds a lead from its recorded events. */
	public static Lead replay(LeadId id, List<LeadEvent> history) {
		Lead lead = new Lead(id);
		lead.replay(history);
		return lead;
	}

	private Rating rating;

	public void accept(UUID problemId) {
		requireUndecided("accept");
		record(new LeadAccepted(id, problemId));
	}

	public void decline(String reason, String publicReply) {
		requireUndecided("decline");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "a lead is declined only with a reason");
		}
		if (publicReply == null || publicReply.isBlank()) {
			throw new InvalidInputException("publicReply", "the reporter is owed a reply (事事有回音)");
		}
		record(new LeadDeclined(id, reason, publicReply));
	}

	public void mergeInto(UUID problemId, String note) {
		requireUndecided("merge");
		record(new LeadMerged(id, problemId, note));
	}

	/**
	 * The reporter rates the handling, once: {@code done} says whether the handling is over (the
	 * problem struck off the ledger, or the lead declined with a reply).
	 */
	public void rate(Rating rating, String comment, boolean done, java.time.Instant now) {
		if (!done) {
			throw new ConflictException("the report " + facts.trackingCode() + " is still being handled; it can be rated once it is closed");
		}
		if (this.rating != null) {
			throw new ConflictException("the handling of report " + facts.trackingCode() + " was already rated");
		}
		if (rating == null) {
			throw new InvalidInputException("rating", "SATISFIED, BASICALLY_SATISFIED or NOT_SATISFIED");
		}
		if (comment != null && comment.length() > 500) {
			throw new InvalidInputException("comment", "at most 500 characters");
		}
		record(new LeadEvent.HandlingRated(id, rating, comment == null || comment.isBlank() ? null : comment.strip(), now));
	}

	public Rating rating() {
		return rating;
	}

	/**
	 * Records that someone opened the sealed contact details (and the description as written, where
	 * it was masked), and why.
	 */
	public void reporterIdentityViewed(String viewer, String purpose) {
		if (facts.anonymous() && facts.sealedDescription() == null) {
			throw new ConflictException("the reporter of lead " + id + " stayed anonymous; there is nothing to open");
		}
		if (purpose == null || purpose.isBlank()) {
			throw new InvalidInputException("purpose", "state why the reporter's identity is needed");
		}
		record(new ReporterIdentityViewed(id, viewer, purpose));
	}

	private void requireUndecided(String action) {
		if (status != LeadStatus.RECEIVED) {
			throw new ConflictException("lead " + id + " is " + status.name() + " (" + status.label() + "): cannot "
					+ action + " it again");
		}
	}

	@Override
	protected void apply(LeadEvent event) {
		if (event instanceof LeadReceived e) {
			// recorded before intake masked descriptions: the general rules mask it now, for every reader
			facts = e.maskedAtIntake() ? e : e.withDescription(PersonalData.mask(e.description()));
			status = LeadStatus.RECEIVED;
		}
		else if (event instanceof LeadAccepted e) {
			status = LeadStatus.ACCEPTED;
			problemId = e.problemId();
		}
		else if (event instanceof LeadDeclined e) {
			status = LeadStatus.DECLINED;
			declineReason = e.reason();
			publicReply = e.publicReply();
		}
		else if (event instanceof LeadMerged e) {
			status = LeadStatus.MERGED;
			problemId = e.problemId();
		}
		else if (event instanceof LeadEvent.HandlingRated e) {
			rating = e.rating();
		}
		// ReporterIdentityViewed changes nothing but the record.
	}

	public LeadId id() {
		return id;
	}

	public LeadReceived facts() {
		return facts;
	}

	public LeadStatus status() {
		return status;
	}

	public UUID problemId() {
		return problemId;
	}

	public String declineReason() {
		return declineReason;
	}

	public String publicReply() {
		return publicReply;
	}


	public Instant receivedAt() {
		return facts.receivedAt();
	}
}
