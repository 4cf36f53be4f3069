package org.ecooversight.ledger;

import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评判: the task force judges a rectification's measures, progress and effect, each scored 0 to 100,
 * with a verdict: pass, return for more work, or false rectification (Q, 评判机制 "综合评判整改措施、
 * 进度、效果").
 */
@Component
public class EvaluatingRectification {

	private final ProblemWork work;

	EvaluatingRectification(ProblemWork work) {
		this.work = work;
	}

	public record EvaluateRectification(ProblemId problemId, Integer measuresScore, Integer progressScore,
			Integer effectScore, Verdict verdict, String opinion) {
	}

	@Transactional
	public Problem evaluate(EvaluateRectification cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "evaluating a rectification", LedgerAccess.TASK_FORCE);
		return work.change(cmd.problemId(), expectedVersion, actor,
				p -> p.evaluate(score(cmd.measuresScore()), score(cmd.progressScore()), score(cmd.effectScore()),
						cmd.verdict(), cmd.opinion(), work.now()));
	}

	private static int score(Integer value) {
		return value == null ? -1 : value;
	}
}
