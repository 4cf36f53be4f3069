package org.ecooversight.accountability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecooversight.accountability.TriggerEvent.Assessment;
import org.ecooversight.accountability.TriggerEvent.TriggerAssessed;
import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.audit.EventSourced;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;

/** A trigger in the discipline organ's queue: raised once, assessed once. */
public final class Trigger extends EventSourced<TriggerEvent> {

	private final UUID id;
	private TriggerRaised raised;
	private TriggerAssessed assessment;

	private Trigger(UUID id) {
		this.id = id;
	}

	static Trigger raise(TriggerRaised raised) {
		Trigger trigger = new Trigger(raised.triggerId());
		trigger.record(raised);
		return trigger;
	}

	static Trigger replay(UUID id, List<TriggerEvent> history) {
		Trigger trigger = new Trigger(id);
		trigger.replay(history);
		return trigger;
	}

	/** 综合研判、分类处置: every decision gives its reason; "not pursued" above all. */
	void assess(Assessment decision, UUID caseId, String reason, Instant now) {
		if (assessment != null) {
			throw new ConflictException("trigger " + id + " was already assessed: " + assessment.decision().label());
		}
		if (decision == null) {
			throw new InvalidInputException("decision", "OPEN_CASE, JOIN_CASE or NOT_PURSUED");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", decision == Assessment.NOT_PURSUED
					? "a decision not to pursue states its reason" : "state the reason for the decision");
		}
		record(new TriggerAssessed(id, decision, caseId, reason, now));
	}

	@Override
	protected void apply(TriggerEvent event) {
		if (event instanceof TriggerRaised e) {
			raised = e;
		}
		else if (event instanceof TriggerAssessed e) {
			assessment = e;
		}
	}

	public UUID id() {
		return id;
	}

	public TriggerRaised raised() {
		return raised;
	}

	public TriggerAssessed assessment() {
		return assessment;
	}

}
