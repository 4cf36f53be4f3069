package org.ecooversight.accountability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ecooversight.accountability.TriggerEvent.Assessment;
import org.ecooversight.accountability.TriggerEvent.TriggerAssessed;
import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;

/** A trigger in the discipline organ's queue: raised once, assessed once. */
public final class Trigger {

	private final UUID id;
	private TriggerRaised raised;
	private TriggerAssessed assessment;
	private int version;
	private final List<TriggerEvent> pending = new ArrayList<>();

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
		history.forEach(trigger::apply);
		trigger.version = history.size();
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

	private void record(TriggerEvent event) {
		apply(event);
		pending.add(event);
	}

	private void apply(TriggerEvent event) {
		if (event instanceof TriggerRaised e) {
			raised = e;
		}
		else if (event instanceof TriggerAssessed e) {
			assessment = e;
		}
	}

	List<TriggerEvent> pendingEvents() {
		return List.copyOf(pending);
	}

	void markSaved() {
		version += pending.size();
		pending.clear();
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

	public int version() {
		return version;
	}
}
