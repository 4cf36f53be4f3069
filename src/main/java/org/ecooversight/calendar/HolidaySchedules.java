package org.ecooversight.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.audit.EventStore;
import org.ecooversight.policy.Policies;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.ecooversight.shared.Validation;
import org.ecooversight.shared.WorkingDayCalendar;
import org.ecooversight.shared.WorkingDayCalendar.SpecialDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday schedules as data, and the calendar built from them (kept in memory, rebuilt after a
 * year is added here, and at most a minute stale for additions made by another instance).
 */
@Component
public class HolidaySchedules {

	static final String STREAM = "CALENDAR";
	private static final long REFRESH_MILLIS = 60_000;

	private final JdbcClient jdbc;
	private final EventStore record;
	private final Clock clock;
	private volatile Snapshot snapshot;
	private final Policies policies;

	HolidaySchedules(JdbcClient jdbc, EventStore record, Clock clock, Policies policies) {
		this.policies = policies;
		this.jdbc = jdbc;
		this.record = record;
		this.clock = clock;
	}

	/** One year's schedule as published, with the notice it comes from. */
	public record YearSchedule(int year, String source, List<SpecialDay> days) {
	}

	/** Recorded when an administrator adds a year's schedule. */
	public record HolidayScheduleAdded(int year, String source, List<SpecialDay> days) {
	}

	public WorkingDayCalendar calendar() {
		Snapshot current = snapshot;
		long now = System.currentTimeMillis();
		if (current == null || now - current.loadedAt() > REFRESH_MILLIS) {
			current = new Snapshot(load(), now);
			snapshot = current;
		}
		return current.calendar();
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return jdbc.sql("select year_number from holiday_schedule_year order by year_number").query(Integer.class).list();
	}

	@Transactional(readOnly = true)
	public YearSchedule year(int year) {
		String source = jdbc.sql("select source from holiday_schedule_year where year_number = ?")
			.param(year)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new org.ecooversight.shared.NotFoundException("no holiday schedule for " + year));
		return new YearSchedule(year, source, days(year));
	}

	/**
	 * Adds a year's schedule. Every day must lie in that year; a holiday falls on a weekday and an
	 * adjusted working day on a weekend (otherwise it changes nothing and is probably a typing error).
	 */
	@Transactional
	public YearSchedule add(YearSchedule schedule, Actor actor) {
		if (!actor.hasAnyRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("holiday schedules are maintained by the system administrator");
		}
		Validation v = new Validation();
		String source = v.text("source", schedule.source(), true, 200);
		if (schedule.days() == null || schedule.days().isEmpty()) {
			v.reject("days", "a schedule lists its holidays and adjusted working days");
		}
		Set<LocalDate> seen = new HashSet<>();
		List<SpecialDay> days = schedule.days() == null ? List.of() : schedule.days();
		for (int i = 0; i < days.size(); i++) {
			SpecialDay d = days.get(i);
			String field = "days[" + i + "]";
			if (d.date() == null) {
				v.reject(field + ".date", "is required");
				continue;
			}
			if (d.date().getYear() != schedule.year()) {
				v.reject(field + ".date", d.date() + " lies outside " + schedule.year());
			}
			boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
			if (d.working() && !weekend) {
				v.reject(field + ".working", d.date() + " is a weekday: it is a working day anyway");
			}
			if (!seen.add(d.date())) {
				v.reject(field + ".date", d.date() + " is listed twice");
			}
			v.text(field + ".name", d.name(), true, 40);
		}
		v.throwIfAny();
		if (years().contains(schedule.year())) {
			throw new ConflictException("the schedule for " + schedule.year() + " is already on file");
		}
		jdbc.sql("insert into holiday_schedule_year (year_number, source, added_at, added_by) values (?, ?, ?, ?)")
			.params(schedule.year(), source, Timestamp.from(clock.instant()), actor.username())
			.update();
		for (SpecialDay d : days) {
			jdbc.sql("insert into holiday_schedule_day (schedule_day, year_number, working, name) values (?, ?, ?, ?)")
				.params(Date.valueOf(d.date()), schedule.year(), d.working(), d.name().strip())
				.update();
		}
		UUID stream = UUID.nameUUIDFromBytes(("calendar:" + schedule.year()).getBytes());
		record.append(STREAM, stream, 0, List.of(new HolidayScheduleAdded(schedule.year(), source, days)), actor);
		snapshot = null;
		return year(schedule.year());
	}

	private List<SpecialDay> days(int year) {
		return jdbc.sql("select schedule_day, working, name from holiday_schedule_day where year_number = ? order by schedule_day")
			.param(year)
			.query((rs, i) -> new SpecialDay(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3)))
			.list();
	}

	private WorkingDayCalendar load() {
		List<SpecialDay> days = jdbc.sql("select schedule_day, working, name from holiday_schedule_day")
			.query((rs, i) -> new SpecialDay(rs.getDate(1).toLocalDate(), rs.getBoolean(2), rs.getString(3)))
			.list();
		// the jurisdiction's own days off and working days (policy file, localHolidays)
		return new WorkingDayCalendar(days, years()).withLocalDays(policies.current()
			.localHolidays()
			.stream()
			.map(h -> new SpecialDay(h.date(), h.working(), h.name()))
			.toList());
	}

	private record Snapshot(WorkingDayCalendar calendar, long loadedAt) {
	}
}
