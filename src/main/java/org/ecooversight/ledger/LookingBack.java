package org.ecooversight.ledger;

import java.util.List;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回头看: the task force re-inspects a closed problem. Either it has not come back, or a rebound is
 * found and the problem is reopened with its history, to be assigned again (S, 二(四)4 "定期对整改落实
 * 情况开展回头看，确保问题彻底整改到位"; Q, 严管机制 "防早、防小、防反弹").
 */
@Component
public class LookingBack {

	private final ProblemWork work;

	LookingBack(ProblemWork work) {
		this.work = work;
	}

	public record LookBackFinding(ProblemId problemId, String note) {
	}

	@Transactional
	public Problem pass(LookBackFinding cmd, List<Upload> evidence, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "the look-back", LedgerAccess.TASK_FORCE);
		return work.change(cmd.problemId(), expectedVersion, actor,
				p -> p.passLookBack(cmd.note(), work.store("evidence", p.id(), evidence, actor), work.now()));
	}

	@Transactional
	public Problem rebound(LookBackFinding cmd, List<Upload> evidence, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "recording a rebound", LedgerAccess.TASK_FORCE);
		return work.change(cmd.problemId(), expectedVersion, actor,
				p -> p.findRebound(cmd.note(), work.store("evidence", p.id(), evidence, actor), work.now()));
	}
}
