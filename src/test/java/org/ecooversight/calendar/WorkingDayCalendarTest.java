package org.ecooversight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ecooversight.shared.WorkingDayCalendar;
import org.ecooversight.shared.WorkingDayCalendar.SpecialDay;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

	final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
			new SpecialDay(LocalDate.of(2026, 10, 1), false, "国庆节"),
			new SpecialDay(LocalDate.of(2026, 10, 10), true, "调休上班")), List.of(2026));

	@Test
	void weekendsRestAndAdjustedWeekendsWork() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
	}

	@Test
	void zeroWorkingDaysIsTheStartDayAndCountingCrossesIntoAYearWithoutSchedule() {
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 0).due()).isEqualTo(LocalDate.of(2026, 10, 9));
		var crossing = calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 3);
		assertThat(crossing.due()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(crossing.estimated()).isTrue();
		assertThat(crossing.warning()).contains("2027");
	}

	@Test
	void aJurisdictionsLocalDaysComeOnTopOfTheStateCouncilsSchedule() {
		// a local day off on Friday 2026-10-16 and a working Sunday 2026-10-18
		WorkingDayCalendar local = calendar.withLocalDays(List.of(
				new WorkingDayCalendar.SpecialDay(LocalDate.of(2026, 10, 16), false, "地方节日"),
				new WorkingDayCalendar.SpecialDay(LocalDate.of(2026, 10, 18), true, "地方调休上班")));
		assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 16))).isFalse();
		assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 18))).isTrue();
		assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 1))).as("the national holiday stays").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 16))).as("the national calendar is unchanged").isTrue();
		// Thursday 15th + 1 working day: Friday is off, the Sunday works
		assertThat(local.plusWorkingDays(LocalDate.of(2026, 10, 15), 1).due()).isEqualTo(LocalDate.of(2026, 10, 18));
		assertThat(local.minusWorkingDays(LocalDate.of(2026, 10, 19), 1).due()).isEqualTo(LocalDate.of(2026, 10, 18));
	}

	@Test
	void countingBackSkipsTheNationalDayHolidayAndCountsItsAdjustedWorkingDay() {
		// 2026-10-12 (Monday) back 2 working days: Saturday 10th is an adjusted working day, then Friday 9th
		assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 12), 1).due()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 12), 2).due()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 2), 1).due()).as("over the holiday").isEqualTo(LocalDate.of(2026, 9, 30));
	}
}
