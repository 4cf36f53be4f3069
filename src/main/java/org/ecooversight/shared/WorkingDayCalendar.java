package org.ecooversight.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official working-day calendar: Monday to Friday, except the public holidays of the State
 * Council's yearly schedule, plus the weekend days that schedule makes working days (调休).
 * Deadlines "in working days" are counted on it. A year for which no schedule is known is counted
 * on weekdays only, and the result says so.
 */
public final class WorkingDayCalendar {

	/** A day the schedule changes: a holiday on a weekday, or a working weekend day. */
	public record SpecialDay(LocalDate date, boolean working, String name) {
	}

	/** A computed deadline; {@code estimated} when a year without a schedule was counted on weekdays. */
	public record Deadline(LocalDate due, boolean estimated, String warning) {
	}

	private final Map<LocalDate, SpecialDay> special = new HashMap<>();
	private final Set<Integer> years = new TreeSet<>();

	public WorkingDayCalendar(Collection<SpecialDay> days, Collection<Integer> yearsWithSchedule) {
		days.forEach(d -> special.put(d.date(), d));
		years.addAll(yearsWithSchedule);
	}

	/**
	 * This calendar with a jurisdiction's own days off and working days on top of the State
	 * Council's schedule; where both name a day, the local one wins.
	 */
	public WorkingDayCalendar withLocalDays(Collection<SpecialDay> local) {
		Map<LocalDate, SpecialDay> merged = new HashMap<>(special);
		local.forEach(d -> merged.put(d.date(), d));
		return new WorkingDayCalendar(merged.values(), years);
	}

	public boolean isWorkingDay(LocalDate day) {
		SpecialDay s = special.get(day);
		if (s != null) {
			return s.working();
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	public boolean hasSchedule(int year) {
		return years.contains(year);
	}

	/** The {@code n}-th working day after {@code start} (the start day itself is not counted). */
	public Deadline plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("a number of working days is not negative: " + n);
		}
		LocalDate day = start;
		int counted = 0;
		boolean estimated = !hasSchedule(start.getYear()) && n == 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (!hasSchedule(day.getYear())) {
				estimated = true;
			}
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(day, estimated, estimated ? warning(start, day) : null);
	}

	/**
	 * The working day {@code n} working days before {@code end} (a reminder that falls before a
	 * deadline): counting back over weekends and holidays, with adjusted working weekends counted.
	 */
	public Deadline minusWorkingDays(LocalDate end, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("a number of working days is not negative: " + n);
		}
		LocalDate day = end;
		int counted = 0;
		boolean estimated = false;
		while (counted < n) {
			day = day.minusDays(1);
			if (!hasSchedule(day.getYear())) {
				estimated = true;
			}
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(day, estimated, estimated ? warning(day, end) : null);
	}

	/** {@code n} calendar days after {@code start}. */
	public Deadline plusCalendarDays(LocalDate start, int n) {
		return new Deadline(start.plusDays(n), false, null);
	}

	private String warning(LocalDate from, LocalDate to) {
		TreeSet<Integer> missing = new TreeSet<>();
		for (int y = from.getYear(); y <= to.getYear(); y++) {
			if (!hasSchedule(y)) {
				missing.add(y);
			}
		}
		return "no official holiday schedule for " + missing + ": counted on weekdays only";
	}
}
