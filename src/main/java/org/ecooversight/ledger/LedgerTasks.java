package org.ecooversight.ledger;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's persisted timers (db-scheduler): never in memory, run once across instances. */
@Configuration(proxyBeanMethods = false)
class LedgerTasks {

	@Bean
	RecurringTask<Void> lookBackSweep(MarkingLookBacksDue sweep, LedgerSettings settings) {
		return Tasks.recurring("ledger-look-back-sweep", FixedDelay.of(settings.lookBackSweep()))
			.execute((instance, context) -> sweep.sweep());
	}

	/** Reminders, supervision reports and interview reports that fell due (see {@link ChasingDeadlines}). */
	@Bean
	RecurringTask<Void> chaseSweep(ChasingDeadlines chase, LedgerSettings settings) {
		return Tasks.recurring("ledger-chase-sweep", FixedDelay.of(settings.chaseSweep()))
			.execute((instance, context) -> chase.sweep());
	}
}
