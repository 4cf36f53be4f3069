package org.ecooversight.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.intake.Channel;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.region.Region;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domain;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the dashboard (统计分析): problems accepted in a period by pollution type, town,
 * channel and month; the on-time rectification rate (整改按期率) per lead unit and per town; overdue
 * and rebound counts. Every figure counts the problems <em>accepted</em> in the period (China time),
 * so the numbers of one page add up.
 * <ul>
 * <li>closed: struck off the ledger and not reopened since (closure recorded);</li>
 * <li>closed on time: closed on or before the problem's deadline, the day of closure taken in China
 * time; the on-time rate is closed on time ÷ closed, none when nothing is closed;</li>
 * <li>overdue: the deadline runs and has passed today (red warning);</li>
 * <li>closed late: closed after the deadline;</li>
 * <li>rebounds: problems found back at a look-back at least once, and how often.</li>
 * </ul>
 * Every town of the jurisdiction is counted by town, those without problems as 0; the rankings list
 * the towns and lead units that have problems in the period.
 * Only roles that see the whole jurisdiction and steer the work read the figures. The SQL is plain
 * (grouping and {@code case}); dates are compared in Java, so H2 and PostgreSQL give the same figures.
 */
@Component
public class Statistics {

	/** The longest period a dashboard covers: the months are counted one column each. */
	static final int MAX_MONTHS = 120;

	private final JdbcClient jdbc;
	private final Warnings warnings;
	private final Domains domains;
	private final Regions regions;
	private final Organisation organisation;
	private final String jurisdiction;

	Statistics(JdbcClient jdbc, Warnings warnings, Domains domains, Regions regions, Organisation organisation,
			Jurisdiction jurisdiction) {
		this.jdbc = jdbc;
		this.warnings = warnings;
		this.domains = domains;
		this.regions = regions;
		this.organisation = organisation;
		this.jurisdiction = jurisdiction.regionCode();
	}

	/** The days of a dashboard, both included. */
	public record Period(LocalDate from, LocalDate to) {

		Instant start() {
			return from.atStartOfDay(ChinaTime.ZONE).toInstant();
		}

		Instant end() {
			return to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
		}
	}

	/** A count under a key (a code), with the key's name for people. */
	public record Count(String key, String label, long count) {
	}

	/**
	 * How a town (by territory) or a lead unit did: problems accepted, closed, closed on time, the
	 * on-time rate (null when none closed yet), overdue now, closed late, rebounds.
	 */
	public record Performance(String key, String label, String kind, long problems, long closed, long closedOnTime,
			Double onTimeRate, long overdue, long closedLate, long rebounds) {
	}

	public record Figures(Period period, LocalDate today, long problems, long closed, long closedOnTime,
			Double onTimeRate, long overdue, long closedLate, long reboundProblems, long rebounds,
			List<Count> byPollutionType, List<Count> byTown, List<Count> byChannel, List<Count> byMonth,
			List<Performance> towns, List<Performance> units) {
	}

	/** Whether the actor may read the dashboard. */
	public static boolean mayRead(Actor actor) {
		return actor.hasAnyRole(Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE,
				Role.COUNTY_LEADER);
	}

	/** The period a dashboard shows unless told otherwise: this year up to today. */
	public Period thisYear() {
		LocalDate today = warnings.today();
		return new Period(today.withDayOfYear(1), today);
	}

	/**
	 * A period from optional days: the start of this year and today by default.
	 *
	 * @throws InvalidInputException if it ends before it starts or is longer than ten years
	 */
	public Period period(LocalDate from, LocalDate to) {
		Period defaults = thisYear();
		Period period = new Period(from != null ? from : defaults.from(), to != null ? to : defaults.to());
		if (period.to().isBefore(period.from())) {
			throw new InvalidInputException("to", "the period ends (" + period.to() + ") before it starts ("
					+ period.from() + ")");
		}
		if (ChronoUnit.MONTHS.between(YearMonth.from(period.from()), YearMonth.from(period.to())) >= MAX_MONTHS) {
			throw new InvalidInputException("from", "a period covers at most " + MAX_MONTHS + " months");
		}
		return period;
	}

	@Transactional(readOnly = true)
	public Figures figures(Period period, Actor actor) {
		if (!mayRead(actor)) {
			throw new ForbiddenException("only the task force, the committee office and county leaders read the dashboard");
		}
		LocalDate today = warnings.today();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("start", Timestamp.from(period.start()));
		params.put("end", Timestamp.from(period.end()));
		params.put("today", java.sql.Date.valueOf(today));
		String inPeriod = " p.accepted_at >= :start and p.accepted_at < :end";
		String overdue = "(" + ProblemQueries.RUNNING + " and p.deadline < :today)";

		List<Count> byType = jdbc.sql("select d.domain_code as k, count(*) as n from problem p"
				+ " join problem_domain d on d.problem_id = p.id where" + inPeriod
				+ " group by d.domain_code order by count(*) desc, d.domain_code")
			.params(params)
			.query((rs, i) -> new Count(rs.getString("k"), domainName(rs.getString("k")), rs.getLong("n")))
			.list();
		List<Count> byTown = new ArrayList<>(jdbc.sql("select p.town_code as k, count(*) as n from problem p where"
				+ inPeriod + " group by p.town_code order by count(*) desc, p.town_code")
			.params(params)
			.query((rs, i) -> new Count(rs.getString("k"), townName(rs.getString("k")), rs.getLong("n")))
			.list());
		// Every town of the jurisdiction is on the chart, those without problems too.
		for (Region town : regions.children(jurisdiction)) {
			if (byTown.stream().noneMatch(c -> c.key().equals(town.code()))) {
				byTown.add(new Count(town.code(), town.name(), 0));
			}
		}
		List<Count> byChannel = jdbc.sql("select p.channel as k, count(*) as n from problem p where" + inPeriod
				+ " group by p.channel order by count(*) desc, p.channel")
			.params(params)
			.query((rs, i) -> new Count(rs.getString("k"), Channel.valueOf(rs.getString("k")).label(), rs.getLong("n")))
			.list();

		// Per town and per lead unit in one pass each: counts in SQL; on time needs the day of closure.
		String tallies = "count(*) as n, sum(case when p.closed_at is not null then 1 else 0 end) as closed,"
				+ " sum(case when " + overdue + " then 1 else 0 end) as overdue,"
				+ " sum(p.rebound_count) as rebounds, sum(case when p.rebound_count > 0 then 1 else 0 end) as rebounded";
		Map<String, Tally> towns = new LinkedHashMap<>();
		jdbc.sql("select p.town_code as k, " + tallies + " from problem p where" + inPeriod + " group by p.town_code")
			.params(params)
			.query(rs -> {
				towns.put(rs.getString("k"), Tally.of(rs));
			});
		Map<String, Tally> units = new LinkedHashMap<>();
		jdbc.sql("select cast(p.lead_unit_id as varchar(36)) as k, " + tallies + " from problem p where" + inPeriod
				+ " and p.lead_unit_id is not null group by p.lead_unit_id")
			.params(params)
			.query(rs -> {
				units.put(rs.getString("k"), Tally.of(rs));
			});
		jdbc.sql("select p.town_code, p.lead_unit_id, p.deadline, p.closed_at from problem p where" + inPeriod
				+ " and p.closed_at is not null")
			.params(params)
			.query(rs -> {
				java.sql.Date deadline = rs.getDate("deadline");
				LocalDate closedOn = LocalDate.ofInstant(rs.getTimestamp("closed_at").toInstant(), ChinaTime.ZONE);
				boolean onTime = deadline != null && !closedOn.isAfter(deadline.toLocalDate());
				if (onTime) {
					towns.get(rs.getString("town_code")).closedOnTime++;
					UUID unit = rs.getObject("lead_unit_id", UUID.class);
					if (unit != null) {
						units.get(unit.toString()).closedOnTime++;
					}
				}
			});

		Tally all = new Tally(0, 0, 0, 0, 0);
		towns.values().forEach(all::add);
		List<Performance> townRanking = new ArrayList<>();
		towns.forEach((code, t) -> townRanking.add(t.performance(code, townName(code), "镇（街道）")));
		Map<UnitId, Unit> unitsById = organisation
			.unitsById(units.keySet().stream().map(k -> new UnitId(UUID.fromString(k))).toList());
		List<Performance> unitRanking = new ArrayList<>();
		units.forEach((id, t) -> {
			Unit unit = unitsById.get(new UnitId(UUID.fromString(id)));
			unitRanking.add(t.performance(id, unit == null ? id : unit.name(), unit == null ? "" : unit.kind().label()));
		});
		townRanking.sort(RANKING);
		unitRanking.sort(RANKING);
		return new Figures(period, today, all.problems, all.closed, all.closedOnTime, all.rate(), all.overdue,
				all.closed - all.closedOnTime, all.rebounded, all.rebounds, byType, List.copyOf(byTown), byChannel,
				byMonth(period, inPeriod, params), List.copyOf(townRanking), List.copyOf(unitRanking));
	}

	/**
	 * The best first: the higher on-time rate (none closed yet goes last), then fewer overdue, then
	 * more problems handled, then by name.
	 */
	static final Comparator<Performance> RANKING = Comparator
		.comparing((Performance p) -> p.onTimeRate() == null ? -1.0 : p.onTimeRate(), Comparator.reverseOrder())
		.thenComparingLong(Performance::overdue)
		.thenComparing(Performance::closed, Comparator.reverseOrder())
		.thenComparing(Performance::label);

	/** One sum per month of the period, each bounded by the month's first instant in China time. */
	private List<Count> byMonth(Period period, String inPeriod, Map<String, Object> params) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
			months.add(m);
		}
		StringBuilder select = new StringBuilder("select ");
		Map<String, Object> monthParams = new HashMap<>(params);
		for (int i = 0; i < months.size(); i++) {
			select.append(i == 0 ? "" : ", ")
				.append("sum(case when p.accepted_at >= :m").append(i).append(" and p.accepted_at < :m").append(i + 1)
				.append(" then 1 else 0 end) as c").append(i);
			monthParams.put("m" + i, Timestamp.from(months.get(i).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
		}
		monthParams.put("m" + months.size(), Timestamp.from(months.get(months.size() - 1).plusMonths(1).atDay(1)
			.atStartOfDay(ChinaTime.ZONE).toInstant()));
		return jdbc.sql(select + " from problem p where" + inPeriod).params(monthParams).query((rs, row) -> {
			List<Count> counts = new ArrayList<>();
			for (int i = 0; i < months.size(); i++) {
				YearMonth m = months.get(i);
				counts.add(new Count(m.toString(), m.getYear() + "年" + m.getMonthValue() + "月", rs.getLong("c" + i)));
			}
			return counts;
		}).single();
	}

	private String domainName(String code) {
		return domains.find(code).map(Domain::nameZh).orElse(code);
	}

	private String townName(String code) {
		return regions.find(code).map(Region::name).orElse(code);
	}

	/** Counts being added up for one town or unit. */
	private static final class Tally {

		long problems;
		long closed;
		long overdue;
		long rebounds;
		long rebounded;
		long closedOnTime;

		Tally(long problems, long closed, long overdue, long rebounds, long rebounded) {
			this.problems = problems;
			this.closed = closed;
			this.overdue = overdue;
			this.rebounds = rebounds;
			this.rebounded = rebounded;
		}

		void add(Tally other) {
			problems += other.problems;
			closed += other.closed;
			overdue += other.overdue;
			rebounds += other.rebounds;
			rebounded += other.rebounded;
			closedOnTime += other.closedOnTime;
		}

		Double rate() {
			return closed == 0 ? null : (double) closedOnTime / closed;
		}

		static Tally of(java.sql.ResultSet rs) throws java.sql.SQLException {
			return new Tally(rs.getLong("n"), rs.getLong("closed"), rs.getLong("overdue"), rs.getLong("rebounds"),
					rs.getLong("rebounded"));
		}

		Performance performance(String key, String label, String kind) {
			return new Performance(key, label, kind, problems, closed, closedOnTime, rate(), overdue,
					closed - closedOnTime, rebounds);
		}
	}
}
