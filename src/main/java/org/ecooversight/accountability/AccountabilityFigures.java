package org.ecooversight.accountability;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the monthly bulletin and the annual assessment: interviews held (and persons
 * interviewed), persons held accountable by form, referrals by recipient; per unit and per month.
 * Counts only: no names, no contents.
 */
@Component
public class AccountabilityFigures {

	private final JdbcClient jdbc;
	private final Organisation organisation;

	AccountabilityFigures(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public record InterviewFigure(String month, UUID unitId, String unitName, long interviews, long persons) {
	}

	public record OutcomeFigure(String month, UUID unitId, String unitName, int form, String formLabel, long persons) {
	}

	public record ReferralFigure(String month, UUID unitId, String unitName, Recipient recipient, String recipientLabel,
			long referrals) {
	}

	public record Figures(LocalDate from, LocalDate to, List<InterviewFigure> interviews, List<OutcomeFigure> outcomes,
			List<ReferralFigure> referrals) {
	}

	public record Summary(long triggersQueued, long casesOpen, long casesClosed, long personsForm1, long personsForm2,
			long personsForm3, long personsForm4, long referralsAwaitingFeedback) {
	}

	@Transactional(readOnly = true)
	public Figures figures(LocalDate from, LocalDate to) {
		Timestamp start = Timestamp.from(from.atStartOfDay(ChinaTime.ZONE).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
		List<Object[]> interviewRows = jdbc.sql("select held_at, unit_id, interview_id, persons from acc_interview"
				+ " where held_at >= ? and held_at < ?")
			.params(start, end)
			.query((rs, i) -> new Object[] { month(rs.getTimestamp(1)), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getInt(4) })
			.list();
		List<Object[]> outcomeRows = jdbc.sql("select decided_at, unit_id, form from acc_party"
				+ " where status = 'OUTCOME_DECIDED' and decided_at >= ? and decided_at < ?")
			.params(start, end)
			.query((rs, i) -> new Object[] { month(rs.getTimestamp(1)), rs.getObject(2, UUID.class), rs.getInt(3) })
			.list();
		List<Object[]> referralRows = jdbc.sql("select referred_at, recipient, unit_id from acc_referral where referred_at >= ? and referred_at < ?")
			.params(start, end)
			.query((rs, i) -> new Object[] { month(rs.getTimestamp(1)), Recipient.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class) })
			.list();
		Set<UnitId> ids = new HashSet<>();
		interviewRows.forEach(r -> ids.add(new UnitId((UUID) r[1])));
		outcomeRows.forEach(r -> ids.add(new UnitId((UUID) r[1])));
		referralRows.stream().filter(r -> r[2] != null).forEach(r -> ids.add(new UnitId((UUID) r[2])));
		Map<UnitId, Unit> units = organisation.unitsById(ids);

		Map<List<Object>, long[]> interviews = new java.util.TreeMap<>(KEYS);
		for (Object[] r : interviewRows) {
			long[] n = interviews.computeIfAbsent(List.of(r[0], r[1].toString()), k -> new long[2]);
			n[0]++;
			n[1] += (Integer) r[3];
		}
		List<InterviewFigure> interviewFigures = new ArrayList<>();
		interviews.forEach((k, n) -> {
			UUID unit = UUID.fromString((String) k.get(1));
			interviewFigures.add(new InterviewFigure((String) k.get(0), unit, name(units, unit), n[0], n[1]));
		});
		Map<List<Object>, long[]> outcomes = new java.util.TreeMap<>(KEYS);
		for (Object[] r : outcomeRows) {
			outcomes.computeIfAbsent(List.of(r[0], r[1].toString(), r[2]), k -> new long[1])[0]++;
		}
		List<OutcomeFigure> outcomeFigures = new ArrayList<>();
		outcomes.forEach((k, n) -> {
			UUID unit = UUID.fromString((String) k.get(1));
			int form = (Integer) k.get(2);
			outcomeFigures.add(new OutcomeFigure((String) k.get(0), unit, name(units, unit), form, OutcomeKind.formLabel(form), n[0]));
		});
		Map<List<Object>, long[]> referrals = new java.util.TreeMap<>(KEYS);
		for (Object[] r : referralRows) {
			referrals.computeIfAbsent(List.of(r[0], r[2] == null ? "-" : r[2].toString(), ((Recipient) r[1]).name()),
					k -> new long[1])[0]++;
		}
		List<ReferralFigure> referralFigures = new ArrayList<>();
		referrals.forEach((k, n) -> {
			UUID unit = k.get(1).equals("-") ? null : UUID.fromString((String) k.get(1));
			Recipient recipient = Recipient.valueOf((String) k.get(2));
			referralFigures.add(new ReferralFigure((String) k.get(0), unit, unit == null ? null : name(units, unit),
					recipient, recipient.label(), n[0]));
		});
		return new Figures(from, to, interviewFigures, outcomeFigures, referralFigures);
	}

	@Transactional(readOnly = true)
	public Summary summary() {
		long queued = count("select count(*) from acc_trigger where status = 'QUEUED'");
		long open = count("select count(*) from acc_case where status = 'OPEN'");
		long closed = count("select count(*) from acc_case where status = 'CLOSED'");
		long[] forms = new long[5];
		jdbc.sql("select form, count(*) from acc_party where status = 'OUTCOME_DECIDED' group by form")
			.query((rs, i) -> forms[rs.getInt(1)] = rs.getLong(2))
			.list();
		long awaiting = count("select count(*) from acc_referral where outcome_at is null");
		return new Summary(queued, open, closed, forms[1], forms[2], forms[3], forms[4], awaiting);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static final java.util.Comparator<List<Object>> KEYS = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).toString().compareTo(b.get(i).toString());
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

	private static String month(Timestamp t) {
		return t.toInstant().atZone(ChinaTime.ZONE).toLocalDate().toString().substring(0, 7);
	}

	private static String name(Map<UnitId, Unit> units, UUID id) {
		Unit unit = units.get(new UnitId(id));
		return unit == null ? null : unit.name();
	}
}
