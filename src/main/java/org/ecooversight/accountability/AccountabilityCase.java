package org.ecooversight.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.accountability.CaseEvent.CaseClosed;
import org.ecooversight.accountability.CaseEvent.CaseOpened;
import org.ecooversight.accountability.CaseEvent.FaultToleranceAssessed;
import org.ecooversight.accountability.CaseEvent.MitigationRecorded;
import org.ecooversight.accountability.CaseEvent.OutcomeDecided;
import org.ecooversight.accountability.CaseEvent.PartyAdded;
import org.ecooversight.accountability.CaseEvent.PartyCleared;
import org.ecooversight.accountability.CaseEvent.ReferralFeedbackChased;
import org.ecooversight.accountability.CaseEvent.ReferralMade;
import org.ecooversight.accountability.CaseEvent.ReferralOutcomeRecorded;
import org.ecooversight.accountability.CaseEvent.ReferralReceived;
import org.ecooversight.accountability.CaseEvent.Tolerance;
import org.ecooversight.accountability.CaseEvent.TriggerJoined;
import org.ecooversight.audit.EventSourced;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;

/**
 * An accountability case: the three responsibilities pursued together (三责同追), each party with its
 * own status, fault tolerance and mitigation as recorded checklists, outcomes in the four forms, and
 * referrals. The case decides nothing by itself: each decision is a person's, with a reason.
 */
public final class AccountabilityCase extends EventSourced<CaseEvent> {

	/** Where a party stands. */
	public enum PartyStatus {
		UNDER_REVIEW("审查中"), OUTCOME_DECIDED("已作出处理"), CLEARED("不予追责");

		private final String label;

		PartyStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A party with what has been decided about them. */
	public record PartyState(Party party, PartyStatus status, FaultToleranceAssessed tolerance,
			MitigationRecorded mitigation, OutcomeDecided outcome, PartyCleared cleared) {
	}

	/** A referral with its receipt, outcome and chases. */
	public record Referral(ReferralMade made, ReferralReceived received, ReferralOutcomeRecorded outcome,
			List<ReferralFeedbackChased> chases) {

		public boolean awaitingFeedback() {
			return outcome == null;
		}
	}

	private final UUID id;
	private CaseOpened opening;
	private final List<UUID> triggers = new ArrayList<>();
	private final Map<UUID, PartyState> parties = new LinkedHashMap<>();
	private final Map<UUID, Referral> referrals = new LinkedHashMap<>();
	private CaseClosed closure;

	private AccountabilityCase(UUID id) {
		this.id = id;
	}

	static AccountabilityCase open(CaseOpened opened) {
		AccountabilityCase c = new AccountabilityCase(opened.caseId());
		c.record(opened);
		return c;
	}

	static AccountabilityCase replay(UUID id, List<CaseEvent> history) {
		AccountabilityCase c = new AccountabilityCase(id);
		c.replay(history);
		return c;
	}

	void join(UUID triggerId, String reason, Instant now) {
		requireOpen();
		if (triggers.contains(triggerId)) {
			throw new ConflictException("trigger " + triggerId + " is already part of case " + number());
		}
		record(new TriggerJoined(id, triggerId, reason, now));
	}

	void addParty(Party party, String reason, Instant now) {
		requireOpen();
		requireText("reason", reason, "say why this party's responsibility is pursued");
		boolean duplicate = parties.values().stream().anyMatch(p -> p.party().unitId().equals(party.unitId())
				&& java.util.Objects.equals(p.party().personId(), party.personId())
				&& p.party().responsibility() == party.responsibility());
		if (duplicate) {
			throw new ConflictException("case " + number() + " already names this party for "
					+ party.responsibility().label());
		}
		record(new PartyAdded(id, party, reason, now));
	}

	/** 三个区分开来: every distinction answered; the conclusion and its reason recorded. */
	void assessFaultTolerance(UUID partyId, Map<Distinction, Boolean> checklist, String notes, Tolerance tolerance,
			String reason, Instant now) {
		requireOpen();
		party(partyId);
		if (checklist == null || checklist.size() != Distinction.values().length
				|| checklist.values().stream().anyMatch(java.util.Objects::isNull)) {
			throw new InvalidInputException("checklist", "answer each of the three distinctions (三个区分开来): "
					+ java.util.Arrays.toString(Distinction.values()));
		}
		if (tolerance == null) {
			throw new InvalidInputException("tolerance", "EXEMPTED, REDUCED or NOT_TOLERATED");
		}
		if (tolerance != Tolerance.NOT_TOLERATED && checklist.values().stream().noneMatch(Boolean::booleanValue)) {
			throw new InvalidInputException("tolerance", "no distinction speaks for the party: a mistake is tolerated only"
					+ " on at least one of the three distinctions");
		}
		requireText("reason", reason, "give the reasons for the conclusion");
		record(new FaultToleranceAssessed(id, partyId, new EnumMap<>(checklist), notes, tolerance, reason, now));
	}

	/** 整改减责: prompt rectification reduces the responsibility. */
	void mitigate(UUID partyId, String reason, Instant now) {
		requireOpen();
		party(partyId);
		requireText("reason", reason, "say what was rectified and how promptly");
		record(new MitigationRecorded(id, partyId, reason, now));
	}

	void decideOutcome(UUID partyId, OutcomeKind outcome, String reason, String decidedBy, Instant now) {
		requireOpen();
		PartyState state = party(partyId);
		if (outcome == null) {
			throw new InvalidInputException("outcome", "a measure of the four forms, e.g. TALK_REMINDER, ADMONISHMENT");
		}
		if (state.status() != PartyStatus.UNDER_REVIEW) {
			throw new ConflictException("party " + partyId + " is " + state.status().label() + " already");
		}
		if (state.party().personId() == null) {
			throw new ConflictException("party " + partyId + " names a unit and no person: outcomes are decided for persons");
		}
		requireText("reason", reason, "a decision states its reasons");
		record(new OutcomeDecided(id, partyId, outcome, outcome.form(), reason, decidedBy, now));
	}

	void clear(UUID partyId, String reason, Instant now) {
		requireOpen();
		PartyState state = party(partyId);
		if (state.status() != PartyStatus.UNDER_REVIEW) {
			throw new ConflictException("party " + partyId + " is " + state.status().label() + " already");
		}
		requireText("reason", reason, "a decision not to pursue states its reason");
		record(new PartyCleared(id, partyId, reason, now));
	}

	void refer(ReferralMade referral) {
		requireOpen();
		requireText("recipientName", referral.recipientName(), "name the receiving organ");
		requireText("summary", referral.summary(), "summarise the matter referred");
		record(referral);
	}

	void acknowledgeReceipt(UUID referralId, LocalDate receivedOn, String receivedBy, Instant now) {
		Referral referral = referral(referralId);
		if (referral.received() != null) {
			throw new ConflictException("referral " + referralId + " was received on " + referral.received().receivedOn());
		}
		if (receivedOn == null) {
			throw new InvalidInputException("receivedOn", "the day the recipient received it");
		}
		if (receivedOn.isBefore(referral.made().referredAt().atZone(org.ecooversight.shared.ChinaTime.ZONE).toLocalDate())) {
			throw new InvalidInputException("receivedOn", "cannot be before the referral was made");
		}
		requireText("receivedBy", receivedBy, "who signed for it");
		record(new ReferralReceived(id, referralId, receivedOn, receivedBy, now));
	}

	void recordReferralOutcome(UUID referralId, String outcome, Instant now) {
		Referral referral = referral(referralId);
		if (referral.outcome() != null) {
			throw new ConflictException("referral " + referralId + " already has its outcome");
		}
		requireText("outcome", outcome, "what the recipient decided");
		record(new ReferralOutcomeRecorded(id, referralId, outcome, now));
	}

	/** Chases a referral whose feedback is overdue: once per period after the day it was due. */
	ReferralFeedbackChased chase(UUID referralId, LocalDate dueWas, Instant now) {
		Referral referral = referral(referralId);
		if (!referral.awaitingFeedback()) {
			throw new ConflictException("referral " + referralId + " has reported back");
		}
		ReferralFeedbackChased chased = new ReferralFeedbackChased(id, referralId, referral.chases().size() + 1, dueWas, now);
		record(chased);
		return chased;
	}

	void close(String summary, Instant now) {
		requireOpen();
		requireText("summary", summary, "summarise how the case was concluded");
		List<PartyState> open = parties.values().stream().filter(p -> p.status() == PartyStatus.UNDER_REVIEW).toList();
		if (!open.isEmpty()) {
			throw new ConflictException(open.size() + " party(ies) of case " + number()
					+ " still under review: decide an outcome or clear each before closing");
		}
		record(new CaseClosed(id, summary, now));
	}

	private void requireOpen() {
		if (closure != null) {
			throw new ConflictException("case " + number() + " is closed");
		}
	}

	private PartyState party(UUID partyId) {
		PartyState state = partyId == null ? null : parties.get(partyId);
		if (state == null) {
			throw new InvalidInputException("partyId", "case " + number() + " names no party " + partyId);
		}
		return state;
	}

	private Referral referral(UUID referralId) {
		Referral referral = referralId == null ? null : referrals.get(referralId);
		if (referral == null) {
			throw new NotFoundException("case " + number() + " has no referral " + referralId);
		}
		return referral;
	}

	private static void requireText(String field, String value, String reason) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, reason);
		}
	}

	@Override
	protected void apply(CaseEvent event) {
		if (event instanceof CaseOpened e) {
			opening = e;
			triggers.add(e.triggerId());
			e.parties().forEach(p -> parties.put(p.partyId(), new PartyState(p, PartyStatus.UNDER_REVIEW, null, null, null, null)));
		}
		else if (event instanceof TriggerJoined e) {
			triggers.add(e.triggerId());
		}
		else if (event instanceof PartyAdded e) {
			parties.put(e.party().partyId(), new PartyState(e.party(), PartyStatus.UNDER_REVIEW, null, null, null, null));
		}
		else if (event instanceof FaultToleranceAssessed e) {
			parties.computeIfPresent(e.partyId(), (k, s) -> new PartyState(s.party(), s.status(), e, s.mitigation(), s.outcome(), s.cleared()));
		}
		else if (event instanceof MitigationRecorded e) {
			parties.computeIfPresent(e.partyId(), (k, s) -> new PartyState(s.party(), s.status(), s.tolerance(), e, s.outcome(), s.cleared()));
		}
		else if (event instanceof OutcomeDecided e) {
			parties.computeIfPresent(e.partyId(), (k, s) -> new PartyState(s.party(), PartyStatus.OUTCOME_DECIDED, s.tolerance(), s.mitigation(), e, s.cleared()));
		}
		else if (event instanceof PartyCleared e) {
			parties.computeIfPresent(e.partyId(), (k, s) -> new PartyState(s.party(), PartyStatus.CLEARED, s.tolerance(), s.mitigation(), s.outcome(), e));
		}
		else if (event instanceof ReferralMade e) {
			referrals.put(e.referralId(), new Referral(e, null, null, List.of()));
		}
		else if (event instanceof ReferralReceived e) {
			referrals.computeIfPresent(e.referralId(), (k, r) -> new Referral(r.made(), e, r.outcome(), r.chases()));
		}
		else if (event instanceof ReferralOutcomeRecorded e) {
			referrals.computeIfPresent(e.referralId(), (k, r) -> new Referral(r.made(), r.received(), e, r.chases()));
		}
		else if (event instanceof ReferralFeedbackChased e) {
			referrals.computeIfPresent(e.referralId(), (k, r) -> {
				List<ReferralFeedbackChased> chases = new ArrayList<>(r.chases());
				chases.add(e);
				return new Referral(r.made(), r.received(), r.outcome(), List.copyOf(chases));
			});
		}
		else if (event instanceof CaseClosed e) {
			closure = e;
		}
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return opening == null ? id.toString() : opening.number();
	}

	public CaseOpened opening() {
		return opening;
	}

	public List<UUID> triggers() {
		return List.copyOf(triggers);
	}

	public List<PartyState> parties() {
		return List.copyOf(parties.values());
	}

	public List<Referral> referrals() {
		return List.copyOf(referrals.values());
	}

	public CaseClosed closure() {
		return closure;
	}

}
