package org.ecooversight.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the discipline organ reads: the queue, one trigger with its facts, the cases, one case. Each
 * read is checked (discipline roles; never a case about the reader's own unit) and recorded.
 */
@Component
public class AccountabilityQueries {

	private final JdbcClient jdbc;
	private final Triggers triggers;
	private final Cases cases;
	private final AccountabilityReads reads;
	private final AccountabilityFigures figures;
	private final org.ecooversight.ledger.Problems problems;
	private final org.ecooversight.organisation.Organisation organisation;

	AccountabilityQueries(JdbcClient jdbc, Triggers triggers, Cases cases, AccountabilityReads reads,
			AccountabilityFigures figures, org.ecooversight.ledger.Problems problems,
			org.ecooversight.organisation.Organisation organisation) {
		this.problems = problems;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.triggers = triggers;
		this.cases = cases;
		this.reads = reads;
		this.figures = figures;
	}

	public record QueueRow(UUID id, TriggerOrigin origin, String originLabel, String ruleId, String ruleName,
			UUID problemId, UUID leadId, String subject, String reason, LocalDate failureDay, String status,
			UUID caseId, Instant raisedAt) {
	}

	public record CaseRow(UUID id, String number, UUID problemId, String subject, String summary, String status,
			Instant openedAt, Instant closedAt) {
	}

	/** The queue's lines of one status (or all) and the count of each status. */
	public record Queue(List<QueueRow> items, java.util.Map<String, Long> counts) {
	}

	/**
	 * The queue (status QUEUED, or OPEN_CASE / JOIN_CASE / NOT_PURSUED for assessed ones; null: all),
	 * newest first, with the count of every status. Never the triggers about problems the reader's
	 * own unit handles, or in the reader's own town.
	 */
	@Transactional
	public Queue queue(String status, Actor actor) {
		AccountabilityAccess.requireDiscipline(actor, "reading the trigger queue");
		reads.read(actor, "queue", null);
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("unit", actor.unitId() == null ? new UUID(0, 0) : actor.unitId());
		params.put("region", region(actor));
		String visible = " from acc_trigger t where not exists (select 1 from problem p where p.id = t.problem_id"
				+ " and (p.town_code = :region or exists (select 1 from problem_unit u where u.problem_id = p.id"
				+ " and u.unit_id = :unit)))";
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("select status, count(*)" + visible + " group by status")
			.params(params)
			.query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		if (status != null) {
			params.put("status", status);
		}
		List<QueueRow> items = jdbc.sql("select id, origin, rule_id, rule_name, problem_id, lead_id, subject, reason,"
				+ " failure_day, status, case_id, raised_at" + visible + (status == null ? "" : " and status = :status")
				+ " order by raised_at desc fetch first 500 rows only")
			.params(params)
			.query((rs, i) -> {
				TriggerOrigin origin = TriggerOrigin.valueOf(rs.getString(2));
				java.sql.Date day = rs.getDate(9);
				return new QueueRow(rs.getObject(1, UUID.class), origin, origin.label(), rs.getString(3), rs.getString(4),
						rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
						day == null ? null : day.toLocalDate(), rs.getString(10), rs.getObject(11, UUID.class),
						rs.getTimestamp(12).toInstant());
			})
			.list();
		return new Queue(items, counts);
	}

	@Transactional
	public Trigger trigger(UUID id, Actor actor) {
		AccountabilityAccess.requireDiscipline(actor, "reading a trigger");
		Trigger trigger = triggers.require(id);
		UUID problem = trigger.raised().problemId();
		AccountabilityAccess.visible(actor, trigger,
				problem == null ? null : problems.require(new org.ecooversight.ledger.ProblemId(problem)), region(actor));
		reads.read(actor, "trigger", id);
		return trigger;
	}

	/** The cases, except those in which the reader's own unit is a party. */
	@Transactional
	public List<CaseRow> cases(Actor actor) {
		AccountabilityAccess.requireDiscipline(actor, "reading cases");
		reads.read(actor, "cases", null);
		return jdbc.sql("select id, number, problem_id, subject, summary, status, opened_at, closed_at from acc_case c"
				+ " where not exists (select 1 from acc_party p where p.case_id = c.id and p.unit_id = :unit)"
				+ " order by opened_at desc fetch first 500 rows only")
			.param("unit", actor.unitId() == null ? new UUID(0, 0) : actor.unitId())
			.query((rs, i) -> new CaseRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The region of the reader's unit (a town's code for a town's discipline committee). */
	String region(Actor actor) {
		return actor.unitId() == null ? "-"
				: organisation.unit(new org.ecooversight.organisation.UnitId(actor.unitId()))
					.map(org.ecooversight.organisation.Unit::regionCode)
					.orElse("-");
	}

	@Transactional
	public AccountabilityCase accountabilityCase(UUID id, Actor actor) {
		AccountabilityCase c = AccountabilityAccess.visible(actor, cases.require(id));
		reads.read(actor, "case", id);
		return c;
	}

	/**
	 * Whether a case read with {@link #accountabilityCase} still matches the record's hash chain: if not,
	 * it is shown with a warning.
	 */
	public org.ecooversight.audit.Integrity integrity(AccountabilityCase c) {
		return cases.integrity(c.id());
	}

	@Transactional
	public AccountabilityFigures.Figures figures(LocalDate from, LocalDate to, Actor actor) {
		AccountabilityAccess.requireCounts(actor);
		reads.read(actor, "figures", null);
		return figures.figures(from, to);
	}

	@Transactional
	public AccountabilityFigures.Summary summary(Actor actor) {
		AccountabilityAccess.requireCounts(actor);
		reads.read(actor, "summary", null);
		return figures.summary();
	}
}
