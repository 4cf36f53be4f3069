package org.ecooversight.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecooversight.audit.EventStore;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of accountability is in the tamper-evident record: who read what, when. Each read is a
 * stream of its own (no two readers wait for each other), chained and checkpointed like the rest.
 */
@Component
class AccountabilityReads {

	static final String STREAM = "ACCOUNTABILITY_READ";

	/** Someone read something of accountability: a case, the queue, a referral package, the figures. */
	record AccountabilityRead(String what, UUID id, String reader, UUID readerUnit, Instant readAt) {
	}

	private final EventStore record;
	private final Clock clock;

	AccountabilityReads(EventStore record, Clock clock) {
		this.record = record;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	void read(Actor actor, String what, UUID id) {
		record.append(STREAM, UUID.randomUUID(), 0,
				List.of(new AccountabilityRead(what, id, actor.username(), actor.unitId(), clock.instant())), actor);
	}
}
