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
}
