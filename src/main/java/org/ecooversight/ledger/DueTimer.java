package org.ecooversight.ledger;

import java.time.LocalDate;
import java.util.UUID;

import org.ecooversight.policy.JurisdictionPolicy.LadderStep;

/** Something about a problem that has fallen due and that the platform does by itself. */
public sealed interface DueTimer {

	/** A step of the reminder ladder. */
	record LadderStepDue(int round, int index, LadderStep step, LocalDate day) implements DueTimer {
	}

	/** A periodic report under a supervision order that did not arrive. */
	record SupervisionReportDue(UUID orderId, LocalDate dueOn) implements DueTimer {
	}

	/** Reports after an interview that did not arrive in time. */
	record InterviewReportDue(UUID interviewId, LocalDate reportDue) implements DueTimer {
	}
}
