package org.ecooversight.ledger;

import org.ecooversight.calendar.HolidaySchedules;
import org.ecooversight.policy.Policies;
import org.springframework.stereotype.Component;

/** The chase rules in force: the jurisdiction's policy on the official calendar as it stands now. */
@Component
class DeadlineRules {

	private final Policies policies;
	private final HolidaySchedules calendar;

	DeadlineRules(Policies policies, HolidaySchedules calendar) {
		this.policies = policies;
		this.calendar = calendar;
	}

	ChaseRules current() {
		return ChaseRules.of(policies.current(), calendar.calendar());
	}
}
