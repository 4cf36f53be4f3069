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

	private final JdbcClient jdbc;

	ProblemQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of the list; null means "any". */
	public record Filter(String townCode, UnitId unitId, ProblemStatus status, Channel channel, String pollutionType,
			Instant acceptedFrom, Instant acceptedTo, Boolean overdue, String text) {
	}

	public record Line(ProblemId id, String code, ProblemStatus status, String statusLabel, Channel channel,
			String description, String townCode, List<String> pollutionTypes, UnitId leadUnitId, LocalDate deadline,
			boolean longTerm, Instant acceptedAt, int repeatCount, int reboundCount, int version) {
	}

	public record Page(List<Line> items, int page, int size, long total) {
	}

	@Transactional(readOnly = true)
	public Page list(Filter filter, Actor actor, LocalDate today, int page, int size) {
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
			where.append(" and exists (select 1 from problem_unit u where u.problem_id = p.id and u.unit_id = :unit)");
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
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.append(" and p.deadline < :today and p.status in ('ASSIGNED', 'RECTIFYING', 'REOPENED')");
			params.put("today", java.sql.Date.valueOf(today));
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
		long total = jdbc.sql("select count(*) from problem p" + where).params(params).query(Long.class).single();
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("offset", (long) page * size);
		pageParams.put("limit", size);
		List<Line> items = jdbc.sql("""
				select p.id, p.code, p.status, p.channel, p.description, p.town_code, p.pollution_types, p.lead_unit_id,
				  p.deadline, p.long_term, p.accepted_at, p.repeat_count, p.rebound_count, p.version
				from problem p""" + where + " order by p.accepted_at desc, p.id offset :offset rows fetch next :limit rows only")
			.params(pageParams)
			.query((rs, i) -> {
				UUID lead = rs.getObject("lead_unit_id", UUID.class);
				java.sql.Date deadline = rs.getDate("deadline");
				ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
				return new Line(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("code"), status,
						status.label(), Channel.valueOf(rs.getString("channel")), rs.getString("description"),
						rs.getString("town_code"), List.of(rs.getString("pollution_types").split(",")),
						lead == null ? null : new UnitId(lead), deadline == null ? null : deadline.toLocalDate(),
						rs.getBoolean("long_term"), rs.getTimestamp("accepted_at").toInstant(), rs.getInt("repeat_count"),
						rs.getInt("rebound_count"), rs.getInt("version"));
			})
			.list();
		return new Page(new ArrayList<>(items), page, size, total);
	}
}
