package org.ecooversight.ledger;

import java.time.LocalDate;

import org.ecooversight.shared.WorkingDayCalendar;

/**
 * Colour warnings (预警): blue when the deadline is near, yellow when a long-term rectification is
 * behind its milestone plan, red when overdue (Q, 提醒机制 "提醒预警存在问题的部门单位抓好整改").
 * How near is near is the jurisdiction's policy ({@code colours.blueWorkingDaysBeforeDeadline}).
 */
public enum Colour {

	NONE("正常"), BLUE("蓝色预警：临近期限"), YELLOW("黄色预警：进度滞后"), RED("红色预警：已逾期");

	private final String label;

	Colour(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The colour of a problem on a day; red outranks yellow, yellow outranks blue. */
	public static Colour of(Problem problem, LocalDate today, WorkingDayCalendar calendar, int blueWorkingDays) {
		return ofRow(problem.status(), problem.deadline(), problem.nextMilestoneDue(), today,
				blueUntil(today, calendar, blueWorkingDays));
	}

	/** The colour of a problem as its list row has it (status, deadline, next milestone). */
	public static Colour ofRow(ProblemStatus status, LocalDate deadline, LocalDate nextMilestone, LocalDate today,
			LocalDate blueUntil) {
		if (!status.deadlineRuns() || deadline == null) {
			return NONE;
		}
		if (today.isAfter(deadline)) {
			return RED;
		}
		if (nextMilestone != null && today.isAfter(nextMilestone)) {
			return YELLOW;
		}
		return deadline.isAfter(blueUntil) ? NONE : BLUE;
	}

	/** The colour of one milestone: red when missed, blue when near, none when met or far. */
	public static Colour ofMilestone(LocalDate due, boolean completed, LocalDate today, WorkingDayCalendar calendar,
			int blueWorkingDays) {
		if (completed) {
			return NONE;
		}
		if (today.isAfter(due)) {
			return RED;
		}
		return near(due, today, calendar, blueWorkingDays) ? BLUE : NONE;
	}

	/** The last day that is no longer "near": deadlines on or before the returned day are blue from {@code today}. */
	public static LocalDate blueUntil(LocalDate today, WorkingDayCalendar calendar, int blueWorkingDays) {
		return calendar.plusWorkingDays(today, blueWorkingDays).due();
	}

	private static boolean near(LocalDate deadline, LocalDate today, WorkingDayCalendar calendar, int blueWorkingDays) {
		return !deadline.isAfter(blueUntil(today, calendar, blueWorkingDays));
	}
}
