package org.ecooversight.ledger.web;

import java.time.LocalDate;

import org.ecooversight.ledger.Statistics;
import org.ecooversight.ledger.Statistics.Figures;
import org.ecooversight.ledger.Statistics.Period;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard (统计分析) for those who steer the work: the task force, the committee office and
 * county leaders. The page carries the key figures and the rankings as tables; its charts
 * ({@code static/js/dashboard.js}, ECharts) read the same figures from {@code /dashboard/data}, so
 * no script is written into the page (Content-Security-Policy: scripts from the platform only).
 */
@Controller
class DashboardController {

	private final Statistics statistics;

	DashboardController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			Model model) {
		requireReader(actor);
		Period period;
		try {
			period = statistics.period(from, to);
		}
		catch (InvalidInputException e) {
			period = statistics.thisYear();
			model.addAttribute("error", to != null && from != null && to.isBefore(from) ? "结束日期不能早于开始日期，已显示本年数据"
					: "统计期间最长 10 年，已显示本年数据");
		}
		Figures figures = statistics.figures(period, actor);
		model.addAttribute("activeNav", "/dashboard");
		model.addAttribute("figures", figures);
		model.addAttribute("period", period);
		return "stats/dashboard";
	}

	@GetMapping(path = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Figures data(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		requireReader(actor);
		return statistics.figures(statistics.period(from, to), actor);
	}

	private static void requireReader(Actor actor) {
		if (!Statistics.mayRead(actor)) {
			throw new ForbiddenException("only the task force, the committee office and county leaders read the dashboard");
		}
	}
}
