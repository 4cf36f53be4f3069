package org.ecooversight.audit;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The periodic checkpoint of the record, and the retry of cross-module reactions that failed, as
 * persisted db-scheduler tasks (one instance runs each).
 */
@Configuration(proxyBeanMethods = false)
class AuditTasks {

	@Bean
	RecurringTask<Void> auditCheckpoint(Checkpointing checkpointing,
			@Value("${eco.audit.checkpoint-interval:PT1H}") Duration every) {
		return Tasks.recurring("audit-checkpoint", FixedDelay.of(every))
			.execute((instance, context) -> checkpointing.checkpoint());
	}

	/**
	 * A reaction of another module (a notice to deliver, a trigger rule to apply) that failed stays in
	 * the event publication registry; it is handed to its listener again once it is older than
	 * {@code eco.events.retry-after}, not only at the next restart. Listeners are idempotent.
	 */
	@Bean
	RecurringTask<Void> eventPublicationRetry(org.springframework.modulith.events.IncompleteEventPublications incomplete,
			@Value("${eco.events.retry-every:PT5M}") Duration every,
			@Value("${eco.events.retry-after:PT5M}") Duration after) {
		return Tasks.recurring("event-publication-retry", FixedDelay.of(every))
			.execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(after));
	}
}
