package org.ecooversight.ledger;

import java.time.Instant;
import java.util.List;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 验收销号: after a passing evaluation the task force checks the rectification on site and strikes
 * the problem off the ledger (S, 五项机制 1 "全程跟踪督办问题整改情况，直至验收销号"). The look-back
 * falls due after the jurisdiction's interval.
 */
@Component
public class ClosingProblem {

	private final ProblemWork work;
	private final ChaseRules rules;

	ClosingProblem(ProblemWork work, ChaseRules rules) {
		this.work = work;
		this.rules = rules;
	}

	/** {@code publicReply}: what the reporter reads with their tracking code (事事有回音). */
	public record CloseProblem(ProblemId problemId, String acceptanceNote, String publicReply, List<String> inspectors) {
	}

	@Transactional
	public Problem close(CloseProblem cmd, List<Upload> evidence, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "the acceptance check", LedgerAccess.TASK_FORCE);
		Instant now = work.now();
		// The look-back falls due at the start of the day the jurisdiction's interval ends on.
		Instant lookBackDue = ChaseRules.takenFrom(rules.lookBackDay(work.today()));
		return work.change(cmd.problemId(), expectedVersion, actor, p -> p.close(cmd.acceptanceNote(), cmd.publicReply(), cmd.inspectors(),
				work.store("evidence", p.id(), evidence, actor), now, lookBackDue));
	}
}
