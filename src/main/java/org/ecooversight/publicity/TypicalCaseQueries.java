package org.ecooversight.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.audit.RecordedEvent;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading typical cases: everything, withdrawn ones with their reason, for the publishers; only what
 * is on the portal, newest first, for the public (a withdrawn case is not found there).
 */
@Component
public class TypicalCaseQueries {

	private static final String COLUMNS = "id, title, category, town_code, problem_id, problem_code, write_up, published_on,"
			+ " published_at, published_by, withdrawn_at, withdrawn_by, withdrawal_reason, version";

	private final JdbcClient jdbc;
	private final TypicalCases cases;
	private final PublishingCases publishing;

	TypicalCaseQueries(JdbcClient jdbc, TypicalCases cases, PublishingCases publishing) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.publishing = publishing;
	}

	/** A case as the publishers see it: withdrawn ones too, with who did what. */
	public record CaseLine(UUID id, String title, CaseCategory category, String townCode, UUID problemId,
			String problemCode, String writeUp, LocalDate publishedOn, Instant publishedAt, String publishedBy,
			Instant withdrawnAt, String withdrawnBy, String withdrawalReason, int version) {

		public boolean withdrawn() {
			return withdrawnAt != null;
		}
	}

	/** A case as the public reads it: no names of staff, nothing about a withdrawal. */
	public record PublicCase(UUID id, String title, CaseCategory category, String townCode, String problemCode,
			String writeUp, LocalDate publishedOn) {
	}

	public record PublicPage(List<PublicCase> items, int page, int size, long total) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}
	}

	/** Every case, newest first (the 500 newest), for the roles that publish. */
	@Transactional(readOnly = true)
	public List<CaseLine> all(Actor actor) {
		publishing.requirePublisher(actor);
		return jdbc.sql("select " + COLUMNS + " from typical_case order by published_on desc, published_at desc, id"
				+ " fetch first 500 rows only")
			.query(TypicalCaseQueries::line)
			.list();
	}

	/** One case with its withdrawal, for the roles that publish. */
	@Transactional(readOnly = true)
	public CaseLine one(UUID id, Actor actor) {
		publishing.requirePublisher(actor);
		return jdbc.sql("select " + COLUMNS + " from typical_case where id = ?")
			.param(id)
			.query(TypicalCaseQueries::line)
			.optional()
			.orElseThrow(() -> new NotFoundException("typical case " + id + " does not exist"));
	}

	/** The case's stream in the tamper-evident record, for the roles that publish. */
	public List<RecordedEvent> record(UUID id, Actor actor) {
		publishing.requirePublisher(actor);
		return cases.stream(id).events();
	}

	/** The cases on the portal, newest first, of one category or all (null). */
	@Transactional(readOnly = true)
	public PublicPage published(CaseCategory category, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "from 0");
		}
		if (size < 1 || size > 100) {
			throw new InvalidInputException("size", "from 1 to 100");
		}
		String where = " where withdrawn_at is null" + (category == null ? "" : " and category = :category");
		Map<String, Object> params = new LinkedHashMap<>();
		if (category != null) {
			params.put("category", category.name());
		}
		long total = jdbc.sql("select count(*) from typical_case" + where).params(params).query(Long.class).single();
		params.put("offset", (long) page * size);
		params.put("limit", size);
		List<PublicCase> items = jdbc.sql("select " + COLUMNS + " from typical_case" + where
				+ " order by published_on desc, published_at desc, id offset :offset rows fetch next :limit rows only")
			.params(params)
			.query(TypicalCaseQueries::line)
			.list()
			.stream()
			.map(TypicalCaseQueries::forPublic)
			.toList();
		return new PublicPage(items, page, size, total);
	}

	/** How many cases of each category are on the portal (every category, zero too). */
	@Transactional(readOnly = true)
	public Map<CaseCategory, Long> publishedCounts() {
		Map<CaseCategory, Long> counts = new EnumMap<>(CaseCategory.class);
		for (CaseCategory c : CaseCategory.values()) {
			counts.put(c, 0L);
		}
		jdbc.sql("select category, count(*) as n from typical_case where withdrawn_at is null group by category")
			.query(rs -> {
				counts.put(CaseCategory.valueOf(rs.getString("category")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * A case on the portal.
	 *
	 * @throws NotFoundException if there is none with this id, or it was withdrawn
	 */
	@Transactional(readOnly = true)
	public PublicCase published(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from typical_case where id = ? and withdrawn_at is null")
			.param(id)
			.query(TypicalCaseQueries::line)
			.optional()
			.map(TypicalCaseQueries::forPublic)
			.orElseThrow(() -> new NotFoundException("no typical case " + id + " on the portal"));
	}

	private static PublicCase forPublic(CaseLine l) {
		return new PublicCase(l.id(), l.title(), l.category(), l.townCode(), l.problemCode(), l.writeUp(), l.publishedOn());
	}

	private static CaseLine line(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new CaseLine(rs.getObject("id", UUID.class), rs.getString("title"),
				CaseCategory.valueOf(rs.getString("category")), rs.getString("town_code"),
				rs.getObject("problem_id", UUID.class), rs.getString("problem_code"), rs.getString("write_up"),
				rs.getDate("published_on").toLocalDate(), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), withdrawn == null ? null : withdrawn.toInstant(),
				rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"), rs.getInt("version"));
	}
}
