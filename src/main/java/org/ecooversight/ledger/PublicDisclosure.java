package org.ecooversight.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.ecooversight.policy.Policies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public disclosure list (Q, 宣传机制), as the jurisdiction's policy allows: problems under a
 * listed supervision order (挂牌督办) and problems struck off the ledger with their public reply. A
 * line names the problem by code, town, types and status: never its description, the reporter or
 * a unit's staff.
 */
@Component
public class PublicDisclosure {

	private final JdbcClient jdbc;
	private final Problems problems;
	private final Policies policies;

	PublicDisclosure(JdbcClient jdbc, Problems problems, Policies policies) {
		this.jdbc = jdbc;
		this.problems = problems;
		this.policies = policies;
	}

	/** A problem as the public sees it; {@code publicReply} is null when the acceptance check gave none. */
	public record Line(String code, String townCode, List<String> pollutionTypes, ProblemStatus status, LocalDate deadline,
			Instant closedAt, String publicReply) {
	}

	public record Lists(List<Line> listed, List<Line> closed) {
	}

	@Transactional(readOnly = true)
	public Lists lists(int limit) {
		var disclosure = policies.current().disclosure();
		List<Line> listed = disclosure.listedSupervision()
				? lines("supervision = 'LISTED_SUPERVISION' and status in ('ASSIGNED', 'RECTIFYING', 'CLOSURE_REQUESTED', 'PASSED_EVALUATION')",
						"deadline", limit, false)
				: List.of();
		List<Line> closed = disclosure.closedProblems()
				? lines("status in ('CLOSED', 'LOOK_BACK_DUE', 'LOOK_BACK_PASSED')", "closed_at desc", limit, true)
				: List.of();
		return new Lists(listed, closed);
	}

	private List<Line> lines(String where, String order, int limit, boolean withReply) {
		record Row(UUID id, String code, String town, String types, String status, java.sql.Date deadline, Timestamp closed) {
		}
		List<Row> rows = jdbc.sql("select id, code, town_code, pollution_types, status, deadline, closed_at from problem where "
				+ where + " order by " + order + " fetch first " + limit + " rows only")
			.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDate(6), rs.getTimestamp(7)))
			.list();
		List<Line> lines = new ArrayList<>();
		for (Row r : rows) {
			String reply = null;
			if (withReply) {
				Problem p = problems.require(new ProblemId(r.id()));
				reply = p.closure() == null ? null : p.closure().publicReply();
			}
			lines.add(new Line(r.code(), r.town(), Arrays.asList(r.types().split(",")),
					ProblemStatus.valueOf(r.status()), r.deadline() == null ? null : r.deadline().toLocalDate(),
					r.closed() == null ? null : r.closed().toInstant(), reply));
		}
		return lines;
	}
}
