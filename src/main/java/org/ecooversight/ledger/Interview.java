package org.ecooversight.ledger;

import java.util.ArrayList;
import java.util.List;

import org.ecooversight.ledger.ProblemEvent.InterviewDecided;
import org.ecooversight.ledger.ProblemEvent.InterviewHeld;
import org.ecooversight.ledger.ProblemEvent.InterviewProposed;
import org.ecooversight.ledger.ProblemEvent.InterviewReportOverdue;
import org.ecooversight.ledger.ProblemEvent.InterviewReportReceived;
import org.ecooversight.ledger.ProblemEvent.InterviewScheduled;
import org.ecooversight.organisation.UnitId;

/**
 * 约谈, from the proposal to the interviewed units' reports (S, 五项机制3): proposed, approved (or
 * not) by the county leader, scheduled, held, then each interviewed unit reports within the
 * policy's period, or the report is overdue.
 */
public record Interview(InterviewProposed proposal, InterviewDecided decision, InterviewScheduled schedule,
		InterviewHeld held, List<InterviewReportReceived> reports, InterviewReportOverdue overdue) {

	public enum Stage {
		PROPOSED("待审批"), REJECTED("不予约谈"), APPROVED("已同意"), SCHEDULED("已安排"), HELD("已约谈"),
		REPORTED("已报告"), REPORT_OVERDUE("报告逾期");

		private final String label;

		Stage(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	static Interview proposed(InterviewProposed proposal) {
		return new Interview(proposal, null, null, null, List.of(), null);
	}

	Interview with(InterviewDecided d) {
		return new Interview(proposal, d, schedule, held, reports, overdue);
	}

	Interview with(InterviewScheduled s) {
		return new Interview(proposal, decision, s, held, reports, overdue);
	}

	Interview with(InterviewHeld h) {
		return new Interview(proposal, decision, schedule, h, reports, overdue);
	}

	Interview with(InterviewReportReceived r) {
		List<InterviewReportReceived> all = new ArrayList<>(reports);
		all.add(r);
		return new Interview(proposal, decision, schedule, held, List.copyOf(all), overdue);
	}

	Interview with(InterviewReportOverdue o) {
		return new Interview(proposal, decision, schedule, held, reports, o);
	}

	public Stage stage() {
		if (held != null) {
			if (unitsYetToReport().isEmpty()) {
				return Stage.REPORTED;
			}
			return overdue != null ? Stage.REPORT_OVERDUE : Stage.HELD;
		}
		if (schedule != null) {
			return Stage.SCHEDULED;
		}
		if (decision != null) {
			return decision.approved() ? Stage.APPROVED : Stage.REJECTED;
		}
		return Stage.PROPOSED;
	}

	/** Still on its way: proposed, approved or scheduled, not yet held or turned down. */
	public boolean pending() {
		Stage stage = stage();
		return stage == Stage.PROPOSED || stage == Stage.APPROVED || stage == Stage.SCHEDULED;
	}

	public List<UnitId> unitsYetToReport() {
		return proposal.interviewees()
			.stream()
			.filter(u -> reports.stream().noneMatch(r -> r.unitId().equals(u)))
			.toList();
	}
}
