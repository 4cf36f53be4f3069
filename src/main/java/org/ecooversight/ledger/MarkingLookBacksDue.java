package org.ecooversight.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The look-back sweep: closed problems whose look-back date has come join the task force's
 * look-back queue. The due date is data on the problem; this sweep runs as a persisted,
 * cluster-wide recurring task (see {@code LedgerTasks}), in batches, one problem per transaction.
 * A problem someone else changed meanwhile is simply left for the next sweep.
 */
@Component
public class MarkingLookBacksDue {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final Problems problems;
	private final TransactionTemplate transactions;
	private final Clock clock;

	MarkingLookBacksDue(JdbcClient jdbc, Problems problems, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.problems = problems;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Marks every due look-back; returns how many. */
	public int sweep() {
		int marked = 0;
		while (true) {
			Instant now = clock.instant();
			List<UUID> due = jdbc.sql("select id from problem where status = 'CLOSED' and look_back_due_at <= ? order by look_back_due_at fetch first "
					+ BATCH + " rows only")
				.param(Timestamp.from(now))
				.query(UUID.class)
				.list();
			int before = marked;
			for (UUID id : due) {
				try {
					transactions.executeWithoutResult(tx -> problems.change(new ProblemId(id), null, Actor.SYSTEM,
							p -> p.fallDueForLookBack(now)));
					marked++;
				}
				catch (ConflictException movedOn) {
					// changed concurrently (e.g. a rebound was recorded): nothing to mark
				}
			}
			if (due.size() < BATCH || marked == before) {
				return marked;
			}
		}
	}
}
