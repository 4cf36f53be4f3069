package org.ecooversight.audit;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The periodic checkpoint of the record, as a persisted db-scheduler task (one instance runs it). */
@Configuration(proxyBeanMethods = false)
class AuditTasks {

	@Bean
	RecurringTask<Void> auditCheckpoint(Checkpointing checkpointing,
			@Value("${eco.audit.checkpoint-interval:PT1H}") Duration every) {
		return Tasks.recurring("audit-checkpoint", FixedDelay.of(every))
			.execute((instance, context) -> checkpointing.checkpoint());
	}
}
