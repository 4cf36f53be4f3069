package org.ecooversight.accountability;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.ecooversight.accountability.AccountabilityCase.PartyState;
import org.ecooversight.accountability.AccountabilityCase.Referral;
import org.ecooversight.audit.AggregateStreams;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.Integrity;
import org.ecooversight.audit.VerifyingTheRecord;
import org.ecooversight.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where cases are kept: a stream each in the record; case, party and referral rows as projections. */
@Component
class Cases {

	static final String STREAM = "ACCOUNTABILITY_CASE";
	private final AggregateStreams<AccountabilityCase, CaseEvent> streams;
	private final JdbcClient jdbc;
	private final org.ecooversight.policy.Policies policies;
	private final org.ecooversight.calendar.HolidaySchedules calendar;
	private final EventStore record;
	private final VerifyingTheRecord verifying;

	Cases(EventStore record, JdbcClient jdbc, org.ecooversight.policy.Policies policies,
			org.ecooversight.calendar.HolidaySchedules calendar, VerifyingTheRecord verifying) {
		this.record = record;
		this.verifying = verifying;
		this.streams = new AggregateStreams<>(record, STREAM, "case", CaseEvent.class, AccountabilityCase::replay);
		this.jdbc = jdbc;
		this.policies = policies;
		this.calendar = calendar;
	}

	Optional<AccountabilityCase> find(UUID id) {
		return streams.find(id);
	}

	AccountabilityCase require(UUID id) {
		return streams.require(id);
	}

	/** Whether the case's stream still matches its hash chain. */
	Integrity integrity(UUID id) {
		return verifying.integrity(record.load(id));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void add(AccountabilityCase c, Actor actor) {
		streams.add(c.id(), c, actor);
		var o = c.opening();
		jdbc.sql("""
				insert into acc_case (id, number, problem_id, subject, summary, status, opened_at, version)
				values (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(c.id(), o.number(), o.problemId(), o.subject(), o.summary(), Timestamp.from(o.openedAt()), c.version())
			.update();
		project(c);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	AccountabilityCase change(UUID id, Actor actor, Consumer<AccountabilityCase> change) {
		return streams.change(id, actor, change, (c, events) -> {
			jdbc.sql("update acc_case set status = ?, closed_at = ?, version = ? where id = ?")
				.params(c.closure() == null ? "OPEN" : "CLOSED",
						c.closure() == null ? null : Timestamp.from(c.closure().closedAt()), c.version(), id)
				.update();
			project(c);
		});
	}

	private void project(AccountabilityCase c) {
		jdbc.sql("delete from acc_party where case_id = ?").param(c.id()).update();
		for (PartyState s : c.parties()) {
			Party p = s.party();
			jdbc.sql("""
					insert into acc_party (id, case_id, responsibility, unit_id, person_id, status, outcome, form, decided_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.partyId(), c.id(), p.responsibility().name(), p.unitId(), p.personId(), s.status().name(),
						s.outcome() == null ? null : s.outcome().outcome().name(),
						s.outcome() == null ? null : s.outcome().form(),
						s.outcome() == null ? null : Timestamp.from(s.outcome().decidedAt()))
				.update();
		}
		jdbc.sql("delete from acc_referral where case_id = ?").param(c.id()).update();
		for (Referral r : c.referrals()) {
			var m = r.made();
			java.time.LocalDate nextChase = r.awaitingFeedback()
					? (r.chases().isEmpty() ? m.feedbackDue().plusDays(1)
							: after(r.chases().get(r.chases().size() - 1).chasedAt()
								.atZone(org.ecooversight.shared.ChinaTime.ZONE)
								.toLocalDate()))
					: null;
			jdbc.sql("""
					insert into acc_referral (id, case_id, recipient, recipient_name, referred_at, feedback_due, received_on,
					  outcome_at, next_chase_on, unit_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(m.referralId(), c.id(), m.recipient().name(), m.recipientName(), Timestamp.from(m.referredAt()),
						Date.valueOf(m.feedbackDue()), r.received() == null ? null : Date.valueOf(r.received().receivedOn()),
						r.outcome() == null ? null : Timestamp.from(r.outcome().recordedAt()),
						nextChase == null ? null : Date.valueOf(nextChase), m.concernedUnitId())
				.update();
		}
	}

	/** After the first chase, a referral still without feedback is chased again (policy: referralChaseEvery). */
	private java.time.LocalDate after(java.time.LocalDate lastChase) {
		var every = policies.current().accountability().referralChaseEvery();
		return every.count() == org.ecooversight.policy.JurisdictionPolicy.DayCount.WORKING_DAYS
				? calendar.calendar().plusWorkingDays(lastChase, every.days()).due() : lastChase.plusDays(every.days());
	}
}
