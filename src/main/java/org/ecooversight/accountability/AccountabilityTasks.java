package org.ecooversight.accountability;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Accountability's persisted timers: rules that look again later, and referrals whose feedback is overdue. */
@Configuration(proxyBeanMethods = false)
class AccountabilityTasks {

	@Bean
	RecurringTask<Void> accountabilitySweep(TriggerRules rules, PursuingCases cases,
			@Value("${eco.accountability.sweep:PT10M}") Duration every) {
		return Tasks.recurring("accountability-sweep", FixedDelay.of(every)).execute((instance, context) -> {
			rules.sweepWatches();
			cases.chaseReferrals();
		});
	}
}
