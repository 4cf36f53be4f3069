package org.ecooversight.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox dispatcher as a persisted db-scheduler timer: never in memory, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
class NotificationTasks {

	@Bean
	RecurringTask<Void> notificationOutbox(DispatchingOutbox outbox, NotificationSettings settings) {
		return Tasks.recurring("notification-outbox", FixedDelay.of(settings.outbox().every()))
			.execute((instance, context) -> outbox.dispatchDue());
	}
}
