package org.ecooversight.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 建立台账、逐步推进: the task force puts a problem that cannot be fixed at once on a long-term ledger
 * entry with milestones (Q, 受理机制 "对一时难以整改的建立台账、逐步推进").
 */
@Component
public class OpeningLongTermEntry {

	private final ProblemWork work;

	OpeningLongTermEntry(ProblemWork work) {
		this.work = work;
	}

	public record PlannedMilestone(String title, LocalDate due) {
	}

	public record OpenLongTermEntry(ProblemId problemId, String reason, List<PlannedMilestone> milestones,
			LocalDate finalDeadline) {
	}

	@Transactional
	public Problem open(OpenLongTermEntry cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "opening a long-term ledger entry", LedgerAccess.TASK_FORCE);
		List<Milestone> milestones = cmd.milestones() == null ? List.of()
				: cmd.milestones().stream().map(m -> new Milestone(UUID.randomUUID(), m.title(), m.due())).toList();
		return work.change(cmd.problemId(), expectedVersion, actor,
				p -> p.openLongTermEntry(cmd.reason(), milestones, cmd.finalDeadline(), work.now()));
	}
}
