package org.ecooversight.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.intake.Channel;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem list (问题清单): filters, paging, and the actor's scope applied in the query itself, so a
 * town or department never even counts another unit's problems.
 */
@Component
public class ProblemQueries {

	static final String RUNNING = "p.status in (" + java.util.Arrays.stream(ProblemStatus.values())
		.filter(ProblemStatus::deadlineRuns)
		.map(s -> "'" + s.name() + "'")
		.collect(java.util.stream.Collectors.joining(", ")) + ")";

	private final JdbcClient jdbc;
	private final Warnings warnings;

	ProblemQueries(JdbcClient jdbc, Warnings warnings) {
		this.jdbc = jdbc;
		this.warnings = warnings;
	}

	/** Filters of the list; null means "any". */
	public record Filter(String townCode, UnitId unitId, ProblemStatus status, Channel channel, String pollutionType,
			Instant acceptedFrom, Instant acceptedTo, Colour colour, String text) {
	}

	public record Line(ProblemId id, String code, ProblemStatus status, String statusLabel, Channel channel,
			String description, String townCode, List<String> pollutionTypes, UnitId leadUnitId, LocalDate deadline,
			Colour colour, String colourLabel, boolean longTerm, Instant acceptedAt, int repeatCount, int reboundCount,
			int version) {
	}

	/**
	 * A page of the ledger. {@code totalAtLeast}: the count stopped at {@code total} (a page asked for
	 * a bounded count; there are at least that many).
	 */
	public record Page(List<Line> items, int page, int size, long total, boolean totalAtLeast) {

		public Page(List<Line> items, int page, int size, long total) {
			this(items, page, size, total, false);
		}
	}

	/** The columns the ledger can be ordered by; ties are broken by the problem's id, so paging is stable. */
	public enum Sort {

		ACCEPTED("p.accepted_at"), DEADLINE("p.deadline"), CODE("p.code"), STATUS("p.status"), TOWN("p.town_code");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		/** The sort named in a request ({@code deadline}, {@code accepted}...), or null for an unknown one. */
		public static Sort of(String name) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(name)) {
					return sort;
				}
			}
			return null;
		}

		String orderBy(boolean ascending) {
			String direction = ascending ? " asc" : " desc";
			// problems without a deadline (not yet assigned) come last either way
			return " order by " + column + direction + (this == DEADLINE ? " nulls last" : "") + ", p.id" + direction;
		}
	}

	/** The newest accepted first. */
	@Transactional(readOnly = true)
	public Page list(Filter filter, Actor actor, int page, int size) {
		return list(filter, Sort.ACCEPTED, false, actor, page, size);
	}

	@Transactional(readOnly = true)
	public Page list(Filter filter, Sort sort, boolean ascending, Actor actor, int page, int size) {
		return list(filter, sort, ascending, actor, page, size, 0);
	}

	/**
	 * As above, counting at most {@code countUpTo} problems (0: all). A person paging through the
	 * ledger needs "more than a thousand", not the exact figure, and a filtered count of tens of
	 * thousands of rows is most of a page's cost; the count still covers the page asked for and the next.
	 */
	@Transactional(readOnly = true)
	public Page list(Filter filter, Sort sort, boolean ascending, Actor actor, int page, int size, long countUpTo) {
		LocalDate today = warnings.today();
		LocalDate blueUntil = warnings.blueUntil();
		if (page < 0) {
			throw new InvalidInputException("page", "from 0");
		}
		if (size < 1 || size > 500) {
			throw new InvalidInputException("size", "from 1 to 500");
		}
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.seesWholeJurisdiction()) {
			if (actor.unitId() == null) {
				return new Page(List.of(), page, size, 0);
			}
			where.append(" and exists (select 1 from problem_unit s where s.problem_id = p.id and s.unit_id = :scope)");
			params.put("scope", actor.unitId());
		}
		if (filter.townCode() != null) {
			where.append(" and p.town_code = :town");
			params.put("town", filter.townCode());
		}
		if (filter.unitId() != null) {
			where.append(" and exists (select 1 from problem_unit u where u.problem_id = p.id and u.unit_id = :unit and u.role <> 'NOTIFIED')");
			params.put("unit", filter.unitId().value());
		}
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.channel() != null) {
			where.append(" and p.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.pollutionType() != null) {
			where.append(" and exists (select 1 from problem_domain d where d.problem_id = p.id and d.domain_code = :domain)");
			params.put("domain", filter.pollutionType());
		}
		if (filter.acceptedFrom() != null) {
			where.append(" and p.accepted_at >= :from");
			params.put("from", Timestamp.from(filter.acceptedFrom()));
		}
		if (filter.acceptedTo() != null) {
			where.append(" and p.accepted_at < :to");
			params.put("to", Timestamp.from(filter.acceptedTo()));
		}
		if (filter.colour() != null) {
			where.append(" and ").append(colourCondition(filter.colour()));
			params.put("today", java.sql.Date.valueOf(today));
			params.put("blueUntil", java.sql.Date.valueOf(blueUntil));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			if (filter.text().length() > 100) {
				throw new InvalidInputException("q", "at most 100 characters");
			}
			where.append(" and (lower(p.description) like :q escape '\\' or lower(p.code) like :q escape '\\'"
					+ " or lower(p.address) like :q escape '\\' or lower(p.entity_name) like :q escape '\\')");
			String escaped = filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			params.put("q", "%" + escaped + "%");
		}
		if (where.toString().equals(" where 1 = 1")) {
			// nothing to filter: H2 answers a bare count from its row count instead of reading every row
			where.setLength(0);
		}
		long limit = countUpTo <= 0 ? 0 : Math.max(countUpTo, (long) (page + 2) * size) + 1;
		long total = limit == 0 || where.length() == 0
				? jdbc.sql("select count(*) from problem p" + where).params(params).query(Long.class).single()
				: jdbc.sql("select count(*) from (select 1 from problem p" + where + " fetch first " + limit + " rows only) c")
					.params(params)
					.query(Long.class)
					.single();
		boolean atLeast = limit > 0 && total == limit;
		if (atLeast) {
			total = limit - 1;
		}
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("offset", (long) page * size);
		pageParams.put("limit", size);
		List<Line> items = jdbc.sql("""
				select p.id, p.code, p.status, p.channel, p.description, p.town_code, p.pollution_types, p.lead_unit_id,
				  p.deadline, p.next_milestone_due, p.long_term, p.accepted_at, p.repeat_count, p.rebound_count, p.version
				from problem p""" + where + sort.orderBy(ascending) + " offset :offset rows fetch next :limit rows only")
			.params(pageParams)
			.query((rs, i) -> {
				UUID lead = rs.getObject("lead_unit_id", UUID.class);
				java.sql.Date deadline = rs.getDate("deadline");
				java.sql.Date milestone = rs.getDate("next_milestone_due");
				ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
				Colour colour = Colour.ofRow(status, deadline == null ? null : deadline.toLocalDate(),
						milestone == null ? null : milestone.toLocalDate(), today, blueUntil);
				return new Line(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("code"), status,
						status.label(), Channel.valueOf(rs.getString("channel")), rs.getString("description"),
						rs.getString("town_code"), List.of(rs.getString("pollution_types").split(",")),
						lead == null ? null : new UnitId(lead), deadline == null ? null : deadline.toLocalDate(), colour,
						colour.label(), rs.getBoolean("long_term"), rs.getTimestamp("accepted_at").toInstant(), rs.getInt("repeat_count"),
						rs.getInt("rebound_count"), rs.getInt("version"));
			})
			.list();
		return new Page(new ArrayList<>(items), page, size, total, atLeast);
	}

	/** The problem that has this code ({@code SQ-2026-000123}), if the actor may see it. */
	@Transactional(readOnly = true)
	public java.util.Optional<ProblemId> idOfCode(String code, Actor actor) {
		if (code == null || code.isBlank()) {
			return java.util.Optional.empty();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", code.strip().toUpperCase(Locale.ROOT));
		String scope = "";
		if (!actor.seesWholeJurisdiction()) {
			if (actor.unitId() == null) {
				return java.util.Optional.empty();
			}
			scope = " and exists (select 1 from problem_unit s where s.problem_id = p.id and s.unit_id = :scope)";
			params.put("scope", actor.unitId());
		}
		return jdbc.sql("select p.id from problem p where p.code = :code" + scope)
			.params(params)
			.query((rs, i) -> new ProblemId(rs.getObject("id", UUID.class)))
			.optional();
	}

	/** The SQL condition of a colour, matching {@link Colour#ofRow}. */
	static String colourCondition(Colour colour) {
		return switch (colour) {
			case RED -> "(" + RUNNING + " and p.deadline < :today)";
			case YELLOW -> "(" + RUNNING + " and p.deadline >= :today and p.next_milestone_due < :today)";
			case BLUE -> "(" + RUNNING + " and p.deadline >= :today and p.deadline <= :blueUntil"
					+ " and (p.next_milestone_due is null or p.next_milestone_due >= :today))";
			case NONE -> "(not " + RUNNING + " or p.deadline is null or (p.deadline > :blueUntil"
					+ " and (p.next_milestone_due is null or p.next_milestone_due >= :today)))";
		};
	}

	/** Counts of warnings per town or per responsible unit, within the actor's scope. */
	public record ColourCount(String key, long red, long yellow, long blue) {
	}

	@Transactional(readOnly = true)
	public List<ColourCount> colourCounts(boolean byUnit, Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", java.sql.Date.valueOf(warnings.today()));
		params.put("blueUntil", java.sql.Date.valueOf(warnings.blueUntil()));
		String scope = "";
		if (!actor.seesWholeJurisdiction()) {
			if (actor.unitId() == null) {
				return List.of();
			}
			scope = " and exists (select 1 from problem_unit s where s.problem_id = p.id and s.unit_id = :scope)";
			params.put("scope", actor.unitId());
		}
		String key = byUnit ? "cast(u.unit_id as varchar(36))" : "p.town_code";
		String from = byUnit ? "problem p join problem_unit u on u.problem_id = p.id and u.role <> 'NOTIFIED'" : "problem p";
		return jdbc.sql("select " + key + " as k,"
				+ " sum(case when " + colourCondition(Colour.RED) + " then 1 else 0 end) as red,"
				+ " sum(case when " + colourCondition(Colour.YELLOW) + " then 1 else 0 end) as yellow,"
				+ " sum(case when " + colourCondition(Colour.BLUE) + " then 1 else 0 end) as blue"
				+ " from " + from + " where " + RUNNING + scope + " group by " + key + " order by " + key)
			.params(params)
			.query((rs, i) -> new ColourCount(rs.getString("k"), rs.getLong("red"), rs.getLong("yellow"), rs.getLong("blue")))
			.list();
	}
}
