package org.ecooversight.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ecooversight.policy.JurisdictionPolicy;
import org.ecooversight.policy.JurisdictionPolicy.DayCount;
import org.ecooversight.policy.JurisdictionPolicy.Extensions;
import org.ecooversight.policy.JurisdictionPolicy.LadderStep;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.policy.JurisdictionPolicy.Supervision;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.WorkingDayCalendar;

/**
 * The rules that make deadlines chase themselves, taken from the jurisdiction's policy file and
 * counted on the official calendar: the reminder ladder, the report after an interview, the
 * reporting frequency under a supervision order, and extensions.
 */
public record ChaseRules(List<LadderStep> ladder, Period interviewReport, String interviewApprover,
		Supervision supervision, Extensions extensions, WorkingDayCalendar calendar) {

	static ChaseRules of(JurisdictionPolicy policy, WorkingDayCalendar calendar) {
		return new ChaseRules(policy.reminderLadder(), policy.interviewReport(), policy.interviewApprover(),
				policy.supervision(), policy.extensions(), calendar);
	}

	/** The day a ladder step falls: its working days before or after the deadline. */
	public LocalDate stepDay(LocalDate deadline, LadderStep step) {
		return step.when() == JurisdictionPolicy.When.BEFORE_DEADLINE
				? calendar.minusWorkingDays(deadline, step.workingDays()).due()
				: calendar.plusWorkingDays(deadline, step.workingDays()).due();
	}

	/** The day a period ends, counted from {@code start} in working or calendar days. */
	public LocalDate after(LocalDate start, Period period) {
		return period.count() == DayCount.WORKING_DAYS ? calendar.plusWorkingDays(start, period.days()).due()
				: start.plusDays(period.days());
	}

	/** The moment a day begins in China: when a step falling on it is taken. */
	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	/** The moment after the whole of {@code day} has passed: when a report due that day is late. */
	static Instant endOf(LocalDate day) {
		return startOf(day.plusDays(1));
	}
}
