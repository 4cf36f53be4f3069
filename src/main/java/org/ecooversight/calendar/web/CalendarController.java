package org.ecooversight.calendar.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.calendar.HolidaySchedules;
import org.ecooversight.calendar.HolidaySchedules.YearSchedule;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.WorkingDayCalendar;
import org.ecooversight.shared.WorkingDayCalendar.SpecialDay;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The official calendar: the schedules on file, adding a year, and counting working days. */
@RestController
@Tag(name = "Calendar", description = "节假日安排与工作日")
class CalendarController {

	private final HolidaySchedules schedules;

	CalendarController(HolidaySchedules schedules) {
		this.schedules = schedules;
	}

	@Operation(summary = "The years whose holiday schedule is on file")
	@GetMapping("/api/v1/calendar")
	List<Integer> years() {
		return schedules.years();
	}

	@Operation(summary = "One year's holidays and adjusted working days")
	@GetMapping("/api/v1/calendar/{year}")
	YearSchedule year(@PathVariable int year) {
		return schedules.year(year);
	}

	record ScheduleBody(String source, List<SpecialDay> days) {
	}

	@Operation(summary = "Add a year's schedule as published by the State Council (system administrator)")
	@PostMapping("/api/v1/calendar/{year}")
	@ResponseStatus(HttpStatus.CREATED)
	YearSchedule add(@PathVariable int year, @RequestBody ScheduleBody body, Actor actor) {
		return schedules.add(new YearSchedule(year, body.source(), body.days()), actor);
	}

	@Operation(summary = "The day N working days (or calendar days) after a date")
	@GetMapping("/api/v1/calendar/deadline")
	WorkingDayCalendar.Deadline deadline(@RequestParam LocalDate from, @RequestParam int days,
			@RequestParam(defaultValue = "true") boolean workingDays) {
		if (days < 0 || days > 3650) {
			throw new InvalidInputException("days", "from 0 to 3650");
		}
		WorkingDayCalendar calendar = schedules.calendar();
		return workingDays ? calendar.plusWorkingDays(from, days) : calendar.plusCalendarDays(from, days);
	}
}
