package org.ecooversight.ledger;

import org.ecooversight.calendar.HolidaySchedules;
import org.ecooversight.policy.Policies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the ledger's Spring-free rules to what is in force: the jurisdiction's policy on the official calendar. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	/** The one {@link ChaseRules}: read afresh on each question, so a holiday schedule added later counts. */
	@Bean
	ChaseRules chaseRules(Policies policies, HolidaySchedules calendar) {
		return new ChaseRules(policies::current, calendar::calendar);
	}
}
