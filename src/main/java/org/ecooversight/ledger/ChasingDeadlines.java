package org.ecooversight.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecooversight.ledger.DueTimer.InterviewReportDue;
import org.ecooversight.ledger.DueTimer.LadderStepDue;
import org.ecooversight.ledger.DueTimer.SupervisionReportDue;
import org.ecooversight.ledger.ProblemEvent.SupervisionReportMissed;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.responsibility.ResponsibilityMap;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline sweep: nobody has to remember a deadline. Every problem's next timer (the next step
 * of the reminder ladder, a periodic report under a supervision order, the report after an
 * interview) is projected into {@code problem.next_timer_at}; the sweep reads only the problems
 * whose timer has come, through an index, and lets each problem do what fell due, in chunks of
 * {@value #CHUNK} problems per transaction (a chunk with a failure is redone one problem per
 * transaction, so one bad problem holds up nobody else).
 *
 * <p>Exactly once: a step is an event in the problem's stream, and the problem refuses a step that
 * is not its next one; two sweeps that reach the same problem (two instances, a retry after a
 * failure) race on the stream's version, and the loser's transaction is rolled back. A failure
 * leaves the timer in place, so the next sweep tries again; a restart loses nothing, because the
 * timers are data.
 */
@Component
public class ChasingDeadlines implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ChasingDeadlines.class);
	private static final int BATCH = 1000;
	private static final java.time.Duration RETRY_AFTER = java.time.Duration.ofMinutes(5);

	/** Problems acted on in one transaction. */
	private static final int CHUNK = 20;

	private final JdbcClient jdbc;
	private final Problems problems;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final DeadlineRules rules;
	private final Organisation organisation;
	private final ResponsibilityMap responsibilities;
	private final LedgerSettings settings;
	private final String jurisdiction;
	private final ExecutorService workers;
	private final org.ecooversight.responsibility.Domains domains;

	ChasingDeadlines(JdbcClient jdbc, Problems problems, TransactionTemplate transactions, Clock clock,
			DeadlineRules rules, Organisation organisation, ResponsibilityMap responsibilities, LedgerSettings settings,
			Jurisdiction jurisdiction, org.ecooversight.responsibility.Domains domains) {
		this.domains = domains;
		this.jdbc = jdbc;
		this.problems = problems;
		this.transactions = transactions;
		this.clock = clock;
		this.rules = rules;
		this.organisation = organisation;
		this.responsibilities = responsibilities;
		this.settings = settings;
		this.jurisdiction = jurisdiction.regionCode();
		AtomicInteger n = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(settings.chaseThreads(), r -> {
			Thread t = new Thread(r, "chase-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/** What one sweep did. */
	public record Sweep(int problems, int failed) {
	}

	/** Does everything that has fallen due; returns how many problems acted and how many failed. */
	public Sweep sweep() {
		Instant now = clock.instant();
		ChaseRules current = rules.current();
		Addressing addressing = new Addressing();
		int acted = 0;
		int failed = 0;
		java.util.Set<UUID> skip = new java.util.HashSet<>();
		while (true) {
			List<UUID> due = jdbc.sql("select id from problem where next_timer_at <= ? order by next_timer_at fetch first "
					+ BATCH + " rows only")
				.param(Timestamp.from(now))
				.query(UUID.class)
				.list();
			due = due.stream().filter(id -> !skip.contains(id)).toList();
			if (due.isEmpty()) {
				return new Sweep(acted, failed);
			}
			List<List<UUID>> chunks = new ArrayList<>();
			for (int i = 0; i < due.size(); i += CHUNK) {
				chunks.add(due.subList(i, Math.min(due.size(), i + CHUNK)));
			}
			List<Future<List<UUID>>> results = new ArrayList<>();
			for (List<UUID> chunk : chunks) {
				results.add(workers.submit(() -> chase(chunk, current, addressing, now)));
			}
			for (int i = 0; i < results.size(); i++) {
				List<UUID> failures;
				try {
					failures = results.get(i).get();
				}
				catch (Exception e) {
					failures = chunks.get(i);
				}
				acted += chunks.get(i).size() - failures.size();
				failed += failures.size();
				skip.addAll(failures);
			}
		}
	}

	/**
	 * Acts on a chunk of problems in one transaction (fewer commits); if any of them fails, the
	 * chunk is rolled back and each problem is tried in a transaction of its own. Returns the ones
	 * that failed.
	 */
	private List<UUID> chase(List<UUID> chunk, ChaseRules current, Addressing addressing, Instant now) {
		if (chunk.size() > 1) {
			try {
				transactions.executeWithoutResult(tx -> chunk.forEach(id -> act(new ProblemId(id), current, addressing, now)));
				return List.of();
			}
			catch (RuntimeException oneFailed) {
				// fall through: one by one
			}
		}
		List<UUID> failures = new ArrayList<>();
		for (UUID id : chunk) {
			if (!chase(new ProblemId(id), current, addressing, now)) {
				failures.add(id);
			}
		}
		return failures;
	}

	private void act(ProblemId id, ChaseRules current, Addressing addressing, Instant now) {
		boolean[] acted = { false };
		Problem problem = problems.change(id, null, Actor.SYSTEM, p -> acted[0] = fire(p, current, addressing, now));
		if (!acted[0]) {
			problems.retime(problem);
		}
	}

	private boolean chase(ProblemId id, ChaseRules current, Addressing addressing, Instant now) {
		try {
			transactions.executeWithoutResult(tx -> act(id, current, addressing, now));
			return true;
		}
		catch (ConflictException | PreconditionFailedException | ConcurrencyFailureException movedOn) {
			// another sweep (another instance) or a user changed the problem meanwhile: its timer is
			// re-projected by that change, and what is still due is done by the next sweep
			log.debug("problem {} changed during the sweep: {}", id, movedOn.getMessage());
			return false;
		}
		catch (RuntimeException e) {
			// a problem that fails for another reason waits a while, so that it does not hold up the rest
			log.warn("the sweep could not act on problem {}; it is tried again in {}: {}", id, RETRY_AFTER, e.toString());
			jdbc.sql("update problem set next_timer_at = ? where id = ? and next_timer_at <= ?")
				.params(Timestamp.from(now.plus(RETRY_AFTER)), id.value(), Timestamp.from(now))
				.update();
			return false;
		}
	}

	/** Lets the problem do what fell due; false if nothing did (the timer is then re-projected). */
	boolean fire(Problem p, ChaseRules current, Addressing addressing, Instant now) {
		List<DueTimer> due = p.dueTimers(current, now);
		for (DueTimer timer : due) {
			if (timer instanceof LadderStepDue step) {
				UnitId sender = addressing.sender(p);
				p.issueReminder(step, sender, addressing.addressees(p), ReminderTexts.reminder(p, step,
						code -> domains.find(code).map(org.ecooversight.responsibility.Domain::nameZh).orElse(code)), now);
				if (step.step().kind() == ReminderKind.INTERVIEW_PROPOSAL && p.pendingInterview() == null) {
					p.proposeInterview(null, ReminderTexts.interviewProposalReason(p), true, now);
				}
			}
			else if (timer instanceof SupervisionReportDue report) {
				SupervisionReportMissed missed = p.missSupervisionReport(report, current, now);
				int consecutive = p.consecutiveMissedReports();
				if (consecutive == current.supervision().interviewProposalAfterMissedReports() && p.pendingInterview() == null) {
					p.proposeInterview(null, ReminderTexts.missedReportsReason(consecutive, missed.dueOn()), true, now);
				}
			}
			else if (timer instanceof InterviewReportDue late) {
				p.markInterviewReportOverdue(late.interviewId(), now);
			}
		}
		return !due.isEmpty();
	}

	@Override
	public void destroy() {
		workers.shutdown();
	}

	/**
	 * Who sends a reminder and to whom: the task force to the responsible units; for a region-wide or
	 * industry-wide problem the eco-environment department, to the territorial government and the
	 * competent departments as well (Q, 提醒机制). Units are looked up once per sweep.
	 */
	final class Addressing {

		private final Map<String, UnitId> senders = new ConcurrentHashMap<>();
		private final Map<String, List<UnitId>> wide = new ConcurrentHashMap<>();

		UnitId sender(Problem p) {
			String key = p.reach() == Reach.LOCAL ? "local" : "wide";
			UnitId found = senders.computeIfAbsent(key, k -> {
				UnitId taskForce = organisation.unitOfKind(jurisdiction, UnitKind.TASK_FORCE).map(Unit::id).orElse(null);
				if (k.equals("wide") && settings.ecoEnvironmentUnit() != null) {
					return organisation.unitByCode(settings.ecoEnvironmentUnit()).map(Unit::id).orElse(taskForce == null ? NONE : taskForce);
				}
				return taskForce == null ? NONE : taskForce;
			});
			return NONE.equals(found) ? null : found;
		}

		List<UnitId> addressees(Problem p) {
			LinkedHashSet<UnitId> to = new LinkedHashSet<>(p.responsibleUnits());
			if (p.reach() != Reach.LOCAL) {
				String town = p.opening().place().townCode();
				to.addAll(wide.computeIfAbsent(town + "/" + String.join(",", p.opening().pollutionTypes()), k -> {
					LinkedHashSet<UnitId> units = new LinkedHashSet<>();
					for (String domain : p.opening().pollutionTypes()) {
						units.addAll(responsibilities.holders(town, domain, ResponsibilityKind.TERRITORIAL));
						units.addAll(responsibilities.holders(town, domain, ResponsibilityKind.REGULATORY));
					}
					return List.copyOf(units);
				}));
			}
			return List.copyOf(to);
		}
	}

	private static final UnitId NONE = new UnitId(new UUID(0, 0));
}
