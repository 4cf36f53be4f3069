package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecooversight.EcoOversightApplication;
import org.ecooversight.calendar.HolidaySchedules;
import org.ecooversight.ledger.ProblemEvent.ReminderIssued;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.support.AssignedProblems;
import org.ecooversight.support.MutableClock;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Reliability of the deadline sweep: further application instances are started on the same
 * database (the embedded PostgreSQL, or the same in-memory H2) beside the test's own, as a cluster
 * would run them. A reminder is an event in the problem's stream, so "exactly once" is checked
 * where it counts: in the tamper-evident record.
 */
@DisplayName("定时任务可靠性 / two instances, failures and restarts")
class ChaseReliabilityTest extends PlatformTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	ChasingDeadlines chase;

	@Autowired
	HolidaySchedules holidays;

	@Test
	@DisplayName("两个实例同时扫描：1000个期限同时到期，每条提醒恰好发出一次")
	void twoInstancesIssueEveryReminderExactlyOnce() throws Exception {
		LocalDate deadline = today().plusDays(20);
		List<ProblemId> problems = AssignedProblems.seed(context, 1000, deadline, 4);
		try (ConfigurableApplicationContext second = instance(null)) {
			moveBothTo(deadline, second);
			ExecutorService both = Executors.newFixedThreadPool(2);
			Future<ChasingDeadlines.Sweep> a = both.submit(chase::sweep);
			Future<ChasingDeadlines.Sweep> b = both.submit(second.getBean(ChasingDeadlines.class)::sweep);
			a.get();
			b.get();
			both.shutdown();
		}
		Map<UUID, Integer> letters = reminders(problems);
		assertThat(letters).hasSize(1000);
		assertThat(letters.values()).allMatch(n -> n == 1);
	}

	@Test
	@DisplayName("处理失败的提醒下次重试且不重复；扫描中途重启不丢失")
	void aFailingHandlerIsRetriedAndARestartMidSweepLosesNothing() throws Exception {
		LocalDate deadline = today().plusDays(21);
		List<ProblemId> problems = AssignedProblems.seed(context, 200, deadline, 4);
		Set<UUID> ours = new HashSet<>();
		problems.forEach(p -> ours.add(p.value()));

		// The first instance fails on its first attempt at every other problem, and after 50
		// reminders it fails on everything, as if it were going down.
		Flaky flaky = new Flaky(ours, 50);
		try (ConfigurableApplicationContext first = instance(flaky)) {
			moveBothTo(deadline, first);
			first.getBean(ChasingDeadlines.class).sweep();
			assertThat(flaky.failures.get()).isPositive();
			// what the handler let through was committed, at most 50 (a chunk that failed was rolled back whole)
			int issued = reminders(problems).values().stream().mapToInt(Integer::intValue).sum();
			assertThat(issued).isPositive().isLessThanOrEqualTo(50);
			assertThat(reminders(problems).values()).allMatch(n -> n == 1);
		}
		// Restarted some minutes later (a problem that failed waits 5 minutes before it is tried
		// again): a fresh instance finds what is still due and does it, once.
		clock.advance(java.time.Duration.ofMinutes(6));
		try (ConfigurableApplicationContext restarted = instance(null)) {
			moveBothTo(deadline, restarted);
			restarted.getBean(ChasingDeadlines.class).sweep();
		}
		Map<UUID, Integer> letters = reminders(problems);
		assertThat(letters).hasSize(200);
		assertThat(letters.values()).allMatch(n -> n == 1);
	}

	/** Fails the transaction that issues a reminder: on the first attempt at every other problem, then always. */
	static final class Flaky {

		private final Set<UUID> ours;
		private final int healthyFor;
		private final Set<UUID> tried = ConcurrentHashMap.newKeySet();
		private final AtomicInteger issued = new AtomicInteger();
		final AtomicInteger failures = new AtomicInteger();

		Flaky(Set<UUID> ours, int healthyFor) {
			this.ours = ours;
			this.healthyFor = healthyFor;
		}

		@EventListener
		void on(ReminderIssued reminder) {
			UUID problem = reminder.problemId().value();
			if (!ours.contains(problem)) {
				return;
			}
			boolean firstTry = tried.add(problem);
			if ((firstTry && problem.hashCode() % 2 == 0) || issued.incrementAndGet() > healthyFor) {
				failures.incrementAndGet();
				throw new IllegalStateException("handler failed (test)");
			}
		}
	}

	/** Another instance of the platform on the same database, without a web server or timers of its own. */
	private ConfigurableApplicationContext instance(Flaky flaky) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(EcoOversightApplication.class)
			.profiles(environment.getActiveProfiles());
		if (flaky != null) {
			builder.initializers(ctx -> ((GenericApplicationContext) ctx).registerBean(Flaky.class, () -> flaky));
		}
		// It does not republish outstanding publications at start: those are the test instance's own,
		// in flight at this very moment (the reminders are what is checked here, and they are events).
		return builder.run("--spring.main.web-application-type=none", "--db-scheduler.enabled=false",
				"--eco.demo.sample-problems=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"));
	}

	private void moveBothTo(LocalDate deadline, ConfigurableApplicationContext other) {
		LocalDate letterDay = holidays.calendar().minusWorkingDays(deadline, 3).due();
		Instant at = letterDay.atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(60);
		if (at.isAfter(clock.instant())) {
			clock.set(at);
		}
		other.getBean(MutableClock.class).set(clock.instant());
	}

	/** ReminderIssued events in the record, per problem of {@code problems}. */
	private Map<UUID, Integer> reminders(List<ProblemId> problems) {
		Set<UUID> ours = new HashSet<>();
		problems.forEach(p -> ours.add(p.value()));
		Map<UUID, Integer> counts = new HashMap<>();
		List<UUID> streams = new ArrayList<>(jdbc.sql("select stream_id from audit_event where event_type = 'ReminderIssued'")
			.query(UUID.class)
			.list());
		for (UUID stream : streams) {
			if (ours.contains(stream)) {
				counts.merge(stream, 1, Integer::sum);
			}
		}
		return counts;
	}
}
