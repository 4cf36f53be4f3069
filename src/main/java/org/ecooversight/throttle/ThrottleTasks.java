package org.ecooversight.throttle;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes attempt counters whose window or block is over, as a persisted db-scheduler task (one
 * instance runs it). Nothing depends on it for correctness: an expired row no longer counts and is
 * reset in place by the next attempt; the task only keeps the table to the subjects of the last window.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleTasks {

	@Bean
	RecurringTask<Void> throttleCleanup(Throttle throttle, @Value("${eco.throttle.cleanup-every:PT10M}") Duration every) {
		return Tasks.recurring("throttle-cleanup", FixedDelay.of(every)).execute((instance, context) -> throttle.purgeExpired());
	}
}
