package org.ecooversight.ledger;

import java.util.List;

import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 确定责任单位: for a complex problem across several domains, the same-level party committee and
 * government designate the lead unit and the co-units (Q, 受理机制 "情况复杂、涉及多个行业领域问题，
 * 由同级党委政府负责确定责任单位合力推进整改"). The rectification period starts on that day.
 */
@Component
public class DesignatingUnits {

	private final ProblemWork work;
	private final Organisation organisation;

	DesignatingUnits(ProblemWork work, Organisation organisation) {
		this.work = work;
		this.organisation = organisation;
	}

	public record DesignateUnits(ProblemId problemId, UnitId leadUnit, List<UnitId> coUnits, String decisionReference,
			String reason) {
	}

	@Transactional
	public Problem designate(DesignateUnits cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "designating the responsible units", LedgerAccess.DESIGNATION);
		organisation.requireUnit("leadUnit", cmd.leadUnit());
		List<UnitId> co = cmd.coUnits() == null ? List.of() : cmd.coUnits();
		for (int i = 0; i < co.size(); i++) {
			organisation.requireUnit("coUnits[" + i + "]", co.get(i));
		}
		return work.change(cmd.problemId(), expectedVersion, actor,
				p -> p.designate(cmd.leadUnit(), co, cmd.decisionReference(), cmd.reason(), work.now()));
	}
}
