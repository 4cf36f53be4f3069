package org.ecooversight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deadlines in working days on the State Council's schedules, shipped as data and extended by an administrator. */
@DisplayName("工作日历 / the official calendar")
class CalendarTest extends PlatformTest {

	@Test
	@DisplayName("2026-09-25 起 10 个工作日：跳过中秋、国庆假期，计入 10 月 10 日（周六）调休上班日，为 10 月 15 日")
	void tenWorkingDaysFromTheMidAutumnFestivalSkipNationalDayAndCountTheAdjustedSaturday() throws Exception {
		Response r = get("taskforce", "/api/v1/calendar/deadline?from=2026-09-25&days=10");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.text("due")).isEqualTo("2026-10-15");
		assertThat(r.body().path("estimated").asBoolean()).isFalse();
		// 2025: the Spring Festival week is skipped and Saturday 8 February is a working day.
		assertThat(get("taskforce", "/api/v1/calendar/deadline?from=2025-01-27&days=3").text("due")).isEqualTo("2025-02-07");
		assertThat(get("taskforce", "/api/v1/calendar/deadline?from=2025-02-07&days=1").text("due")).isEqualTo("2025-02-08");
	}

	@Test
	@DisplayName("没有节假日安排的年份按周一至周五计算并提示；管理员录入安排后即按安排计算，无需发布新版本")
	void aYearWithoutScheduleIsCountedOnWeekdaysUntilAnAdministratorAddsIt() throws Exception {
		int year = 2090 + (int) (Math.random() * 9);
		// Holidays on the first Monday and Tuesday of October, counted from the Friday before.
		java.time.LocalDate monday = java.time.LocalDate.of(year, 10, 1)
			.with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY));
		String from = monday.minusDays(3).toString();
		Response estimated = get("taskforce", "/api/v1/calendar/deadline?from=" + from + "&days=3");
		assertThat(estimated.body().path("estimated").asBoolean()).isTrue();
		assertThat(estimated.text("warning")).contains(String.valueOf(year));

		Map<String, Object> schedule = Map.of("source", "国务院办公厅关于" + year + "年部分节假日安排的通知（测试）", "days", List.of(
				Map.of("date", monday.toString(), "working", false, "name", "国庆节"),
				Map.of("date", monday.plusDays(1).toString(), "working", false, "name", "国庆节")));
		assertThat(post("taskforce", "/api/v1/calendar/" + year, schedule).status()).isEqualTo(403);
		Response added = post("sysadmin", "/api/v1/calendar/" + year, schedule);
		assertThat(added.status()).isEqualTo(201);
		Response counted = get("taskforce", "/api/v1/calendar/deadline?from=" + from + "&days=3");
		assertThat(counted.body().path("estimated").asBoolean()).isFalse();
		assertThat(counted.text("due")).isEqualTo(monday.plusDays(4).toString());
		assertThat(estimated.text("due")).isEqualTo(monday.plusDays(2).toString());
		assertThat(post("sysadmin", "/api/v1/calendar/" + year, schedule).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("节假日日期不在该年度、工作日被标为调休上班、同一天重复：逐条说明并拒绝")
	void aScheduleWithMistakesIsRefusedFieldByField() throws Exception {
		Response refused = post("sysadmin", "/api/v1/calendar/2089", Map.of("source", "测试", "days", List.of(
				Map.of("date", "2088-12-31", "working", false, "name", "元旦"),
				Map.of("date", "2089-01-05", "working", true, "name", "调休"),
				Map.of("date", "2089-01-01", "working", false, "name", "元旦"),
				Map.of("date", "2089-01-01", "working", false, "name", "元旦"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw()).contains("days[0].date", "outside 2089", "days[1].working", "days[3].date", "twice");
		assertThat(get("sysadmin", "/api/v1/calendar/2089").status()).isEqualTo(404);
	}
}
