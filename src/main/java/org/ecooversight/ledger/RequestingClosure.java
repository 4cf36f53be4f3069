package org.ecooversight.ledger;

import java.util.List;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 申请销号: the lead unit reports the rectification done and asks for evaluation and the acceptance check. */
@Component
public class RequestingClosure {

	private final ProblemWork work;

	RequestingClosure(ProblemWork work) {
		this.work = work;
	}

	public record RequestClosure(ProblemId problemId, String summary) {
	}

	@Transactional
	public Problem request(RequestClosure cmd, List<Upload> evidence, Integer expectedVersion, Actor actor) {
		UnitId unit = LedgerAccess.actingUnit(actor, "requesting closure");
		return work.change(cmd.problemId(), expectedVersion, actor, p -> p.requestClosure(unit, cmd.summary(),
				work.store("evidence", p.id(), evidence, actor), work.now()));
	}
}
