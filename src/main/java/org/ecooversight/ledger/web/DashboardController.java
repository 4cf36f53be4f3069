package org.ecooversight.ledger.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ecooversight.intake.Channel;
import org.ecooversight.ledger.Statistics.Count;
import org.ecooversight.ledger.Statistics.Performance;
import org.ecooversight.organisation.UnitKind;

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
	private final LocalWords words;

	DashboardController(Statistics statistics, LocalWords words) {
		this.statistics = statistics;
		this.words = words;
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
			model.addAttribute("error", to != null && from != null && to.isBefore(from) ? "stats.period.error.order"
					: "stats.period.error.tooLong");
		}
		Figures figures = localised(statistics.figures(period, actor));
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
		return localised(statistics.figures(statistics.period(from, to), actor));
	}

	/**
	 * The figures with the names of channels, types and unit kinds in the reader's language (the
	 * ledger names them in Chinese); towns and units keep their own names.
	 */
	private Figures localised(Figures f) {
		Map<String, String> types = words.domainNames();
		List<Count> byType = f.byPollutionType()
			.stream()
			.map(c -> new Count(c.key(), types.getOrDefault(c.key(), c.label()), c.count()))
			.toList();
		List<Count> byChannel = f.byChannel()
			.stream()
			.map(c -> new Count(c.key(), channel(c.key(), c.label()), c.count()))
			.toList();
		String town = words.get("stats.kind.town");
		List<Performance> towns = f.towns()
			.stream()
			.map(p -> new Performance(p.key(), p.label(), town, p.problems(), p.closed(), p.closedOnTime(),
					p.onTimeRate(), p.overdue(), p.closedLate(), p.rebounds()))
			.toList();
		List<Performance> units = f.units()
			.stream()
			.map(p -> new Performance(p.key(), p.label(), unitKind(p.kind()), p.problems(), p.closed(), p.closedOnTime(),
					p.onTimeRate(), p.overdue(), p.closedLate(), p.rebounds()))
			.toList();
		return new Figures(f.period(), f.today(), f.problems(), f.closed(), f.closedOnTime(), f.onTimeRate(), f.overdue(),
				f.closedLate(), f.reboundProblems(), f.rebounds(), byType, f.byTown(), byChannel, f.byMonth(), towns, units);
	}

	private String channel(String key, String chinese) {
		return Arrays.stream(Channel.values())
			.filter(c -> c.name().equals(key))
			.findFirst()
			.map(c -> words.of(c, c.label()))
			.orElse(chinese);
	}

	/** A unit kind's words, from the Chinese label the ledger gives. */
	private String unitKind(String chinese) {
		return Arrays.stream(UnitKind.values())
			.filter(k -> k.label().equals(chinese))
			.findFirst()
			.map(k -> words.of(k, k.label()))
			.orElse(chinese);
	}

	private static void requireReader(Actor actor) {
		if (!Statistics.mayRead(actor)) {
			throw new ForbiddenException("only the task force, the committee office and county leaders read the dashboard");
		}
	}
}
