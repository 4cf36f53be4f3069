package org.ecooversight.ledger;

import java.util.List;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 整改进展: the lead unit or a co-unit reports what it did, with photos and documents as evidence. */
@Component
public class ReportingProgress {

	private final ProblemWork work;

	ReportingProgress(ProblemWork work) {
		this.work = work;
	}

	public record ReportProgress(ProblemId problemId, String content, Integer percentComplete) {
	}

	@Transactional
	public Problem report(ReportProgress cmd, List<Upload> evidence, Integer expectedVersion, Actor actor) {
		UnitId unit = LedgerAccess.actingUnit(actor, "reporting progress");
		return work.change(cmd.problemId(), expectedVersion, actor, p -> p.reportProgress(unit, cmd.content(),
				cmd.percentComplete(), work.store("evidence", p.id(), evidence, actor), work.now()));
	}
}
