package org.ecooversight.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ecooversight.numbering.Document;
import org.ecooversight.numbering.DocumentNumbers;
import org.ecooversight.organisation.LeaderInCharge;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交办: the task force assigns a problem in writing, with a rectification notice (整改通知书) that
 * states the requirements and the deadline and is copied to the county leaders in charge, the
 * county discipline commission and the assessment office (S, 五项机制 1 "由工作专班以《整改通知书》
 * 形式书面交办至相关责任单位，并抄送县委、县政府分管领导及县纪委监委、县考核办"). The notice
 * number is issued here; the leaders copied are those in post on the day of the notice.
 */
@Component
public class AssigningProblem {

	private final ProblemWork work;
	private final Organisation organisation;
	private final LedgerSettings settings;
	private final ChaseRules rules;
	private final DocumentNumbers numbers;

	AssigningProblem(ProblemWork work, Organisation organisation, LedgerSettings settings, ChaseRules rules,
			DocumentNumbers numbers) {
		this.rules = rules;
		this.work = work;
		this.organisation = organisation;
		this.settings = settings;
		this.numbers = numbers;
	}

	/**
	 * {@code deadline} null: the jurisdiction's rectification period for the problem's channel
	 * (policy); {@code reach} null: a single case ({@link Reach#LOCAL}).
	 */
	public record AssignProblem(ProblemId problemId, String requirements, LocalDate deadline, List<UnitId> coUnits,
			Reach reach) {

		public AssignProblem(ProblemId problemId, String requirements, LocalDate deadline, List<UnitId> coUnits) {
			this(problemId, requirements, deadline, coUnits, null);
		}
	}

	@Transactional
	public Problem assign(AssignProblem cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "assigning a problem", LedgerAccess.TASK_FORCE);
		List<UnitId> extra = cmd.coUnits() == null ? List.of() : cmd.coUnits();
		for (int i = 0; i < extra.size(); i++) {
			organisation.requireUnit("coUnits[" + i + "]", extra.get(i));
		}
		LocalDate today = work.today();
		int year = today.getYear();
		return work.change(cmd.problemId(), expectedVersion, actor, p -> {
			LocalDate deadline = cmd.deadline() != null ? cmd.deadline()
					: rules.rectificationDeadline(p.opening().channel(), p.opening().severityOrGeneral(), today);
			String notice = numbers.next(Document.RECTIFICATION_NOTICE, year);
			p.assign(notice, cmd.requirements(), deadline, extra, copies(p, today), cmd.reach(), work.now(), today);
		});
	}

	/**
	 * The county leaders in charge of the problem's domains on the day of the notice, then the
	 * discipline commission and the assessment office.
	 */
	private List<CopyRecipient> copies(Problem problem, LocalDate today) {
		List<CopyRecipient> copies = new ArrayList<>();
		for (LeaderInCharge leader : organisation.leadersInCharge(problem.opening().pollutionTypes(), today)) {
			PostHolder h = leader.holder();
			copies.add(new CopyRecipient(leader.unit().id(), h.person().id().value(), h.person().name(),
					leader.unit().name() + h.post().title()));
		}
		for (UnitKind kind : new UnitKind[] { UnitKind.DISCIPLINE_COMMISSION, UnitKind.ASSESSMENT_OFFICE }) {
			organisation.countyUnit(kind)
				.map(Unit::id)
				.ifPresent(id -> copies.add(new CopyRecipient(id, null, null, kind.label())));
		}
		return copies;
	}
}
