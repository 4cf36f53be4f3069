package org.ecooversight.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.intake.LeadRecorded;
import org.ecooversight.intake.LeadId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When intake records a lead, the ledger looks for problems it may repeat: in the same town,
 * sharing a pollution type, accepted within the window, ranked by how alike the descriptions are.
 * The intake desk sees them before deciding to accept or merge (Q, 受理机制; S 五项机制 2 counts
 * repeated complaints). This reaction runs after the lead is stored, from Spring Modulith's
 * persisted event publication, so a failure here never loses the lead and is retried.
 */
@Component
public class FindingDuplicateCandidates {

	static final int MAX_CANDIDATES = 5;
	static final Duration WINDOW = Duration.ofDays(365);
	/** How many of the town's most recent problems are compared (a bounded cost per lead, even in a burst). */
	static final int RECENT = 50;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final org.ecooversight.responsibility.Domains domains;

	FindingDuplicateCandidates(JdbcClient jdbc, Clock clock, org.ecooversight.responsibility.Domains domains) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.domains = domains;
	}

	public record Candidate(ProblemId problemId, String code, ProblemStatus status, String statusLabel,
			String description, Instant acceptedAt, double score, String reason) {
	}

	@ApplicationModuleListener
	void on(LeadRecorded lead) {
		find(lead);
	}

	@Transactional
	public void find(LeadRecorded lead) {
		List<Candidate> candidates = alike(lead.townCode(), lead.pollutionTypes(), lead.summary(), lead.receivedAt());
		Timestamp now = Timestamp.from(clock.instant());
		// A retried delivery replaces what an earlier, interrupted one may have written.
		jdbc.sql("delete from lead_duplicate_candidate where lead_id = ?").param(lead.leadId().value()).update();
		for (Candidate c : candidates) {
			jdbc.sql("insert into lead_duplicate_candidate (lead_id, problem_id, score, reason, found_at) values (?, ?, ?, ?, ?)")
				.params(lead.leadId().value(), c.problemId().value(), c.score(), c.reason(), now)
				.update();
		}
	}

	/**
	 * The problems a report being typed may repeat, best first: the intake desk asks while the
	 * operator types the call in (same town, a shared pollution type, alike descriptions).
	 */
	@Transactional(readOnly = true)
	public List<Candidate> alike(String townCode, java.util.Collection<String> pollutionTypes, String text, Instant at) {
		Instant since = at.minus(WINDOW);
		List<Candidate> candidates = new ArrayList<>();
		jdbc.sql("""
				select p.id, p.code, p.status, substring(p.description, 1, 300) as description, p.pollution_types, p.accepted_at
				from problem p
				where p.town_code = :town
				order by p.town_code desc, p.accepted_at desc""" + " fetch first " + RECENT + " rows only")
			// Ordered by both columns of the (town_code, accepted_at) index, both databases read the
			// newest rows straight from the index backwards: a bounded cost per lead however large the ledger.
			.param("town", townCode)
			.query((rs, i) -> {
				if (rs.getTimestamp("accepted_at").toInstant().isBefore(since)) {
					return null;
				}
				Set<String> shared = new HashSet<>(List.of(rs.getString("pollution_types").split(",")));
				shared.retainAll(pollutionTypes);
				if (shared.isEmpty()) {
					return null;
				}
				double similar = similarity(text, rs.getString("description"));
				ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
				return new Candidate(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("code"), status,
						status.label(), rs.getString("description"), rs.getTimestamp("accepted_at").toInstant(),
						similar + 0.1 * shared.size(), "同镇、同类问题（" + String.join("、", shared.stream()
							.sorted()
							.map(t -> domains.find(t).map(org.ecooversight.responsibility.Domain::nameZh).orElse(t))
							.toList()) + "），描述相似度 "
								+ Math.round(similar * 100) + "%");
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach(candidates::add);
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()));
	}

	/** The candidates found for a lead, best first. */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(LeadId lead) {
		return jdbc.sql("""
				select p.id, p.code, p.status, p.description, p.accepted_at, c.score, c.reason
				from lead_duplicate_candidate c join problem p on p.id = c.problem_id
				where c.lead_id = ? order by c.score desc""")
			.param(lead.value())
			.query((rs, i) -> {
				ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
				return new Candidate(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("code"), status,
						status.label(), rs.getString("description"), rs.getTimestamp("accepted_at").toInstant(),
						rs.getDouble("score"), rs.getString("reason"));
			})
			.list();
	}

	/** Dice coefficient of the two texts' character bigrams: 1 for the same words, 0 for nothing in common. */
	static double similarity(String a, String b) {
		Set<String> x = bigrams(a);
		Set<String> y = bigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(x);
		common.retainAll(y);
		return 2.0 * common.size() / (x.size() + y.size());
	}

	private static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		String t = text == null ? "" : text.replaceAll("\\s+", "");
		for (int i = 0; i + 2 <= t.length(); i++) {
			grams.add(t.substring(i, i + 2));
		}
		return grams;
	}
}
