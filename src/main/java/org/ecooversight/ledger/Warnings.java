package org.ecooversight.ledger;

import java.time.Clock;
import java.time.LocalDate;

import org.ecooversight.calendar.HolidaySchedules;
import org.ecooversight.policy.Policies;
import org.ecooversight.shared.ChinaTime;
import org.springframework.stereotype.Component;

/** Today's colour warnings, on the official calendar and with the jurisdiction's threshold. */
@Component
public class Warnings {

	private final HolidaySchedules calendar;
	private final Policies policies;
	private final Clock clock;

	Warnings(HolidaySchedules calendar, Policies policies, Clock clock) {
		this.calendar = calendar;
		this.policies = policies;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	public Colour of(Problem problem) {
		return Colour.of(problem, today(), calendar.calendar(), threshold());
	}

	public Colour ofMilestone(LocalDate due, boolean completed) {
		return Colour.ofMilestone(due, completed, today(), calendar.calendar(), threshold());
	}

	/** Deadlines on or before this day are near (blue) today. */
	public LocalDate blueUntil() {
		return Colour.blueUntil(today(), calendar.calendar(), threshold());
	}

	private int threshold() {
		return policies.current().blueWorkingDaysBeforeDeadline();
	}
}
