package org.ecooversight.ledger;

import java.util.List;
import java.util.UUID;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A responsible unit reports a milestone of a long-term entry as met, with evidence. */
@Component
public class CompletingMilestone {

	private final ProblemWork work;

	CompletingMilestone(ProblemWork work) {
		this.work = work;
	}

	public record CompleteMilestone(ProblemId problemId, UUID milestoneId, String note) {
	}

	@Transactional
	public Problem complete(CompleteMilestone cmd, List<Upload> evidence, Integer expectedVersion, Actor actor) {
		UnitId unit = LedgerAccess.actingUnit(actor, "completing a milestone");
		return work.change(cmd.problemId(), expectedVersion, actor, p -> p.completeMilestone(unit, cmd.milestoneId(),
				cmd.note(), work.store("evidence", p.id(), evidence, actor), work.now()));
	}
}
