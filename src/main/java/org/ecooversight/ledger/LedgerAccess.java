package org.ecooversight.ledger;

import java.util.Arrays;

import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.NotFoundException;
import org.ecooversight.shared.Role;

/**
 * Who may see and do what on the ledger. The task force, the committee office, county leaders and
 * the discipline organ see the whole jurisdiction; a department or town sees only the problems it
 * leads or co-handles, and to it any other problem does not exist (404, not 403).
 */
public final class LedgerAccess {

	/** 受理 / 交办 / 评判 / 验收销号 / 回头看: the task force's work (S, 二(一), 五项机制 1). */
	public static final Role[] TASK_FORCE = { Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER };

	/** Intake decisions: the task force and the committee office (which runs day-to-day management). */
	public static final Role[] INTAKE = { Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE };

	/** Designation on behalf of the same-level party committee and government (Q, 受理机制). */
	public static final Role[] DESIGNATION = { Role.COUNTY_LEADER, Role.COMMITTEE_OFFICE };

	/** 督办 / 挂牌督办 and interviews are the leaders' and the task force leader's (policy decides who exactly). */
	public static final Role[] CHASE = { Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE };

	/** Rectifying units. */
	public static final Role[] UNIT_HANDLERS = { Role.DEPARTMENT_HANDLER, Role.TOWN_HANDLER };

	private LedgerAccess() {
	}

	public static boolean canSee(Actor actor, Problem problem) {
		if (actor.seesWholeJurisdiction()) {
			return true;
		}
		if (actor.unitId() == null) {
			return false;
		}
		UnitId unit = new UnitId(actor.unitId());
		return problem.responsibleUnits().contains(unit) || problem.notifiedUnits().contains(unit);
	}

	/** The problem, if the actor may see it; else "does not exist". */
	public static Problem visible(Actor actor, Problem problem) {
		if (!canSee(actor, problem)) {
			throw new NotFoundException("problem " + problem.id() + " does not exist");
		}
		return problem;
	}

	public static void requireRole(Actor actor, String action, Role... roles) {
		if (!actor.hasAnyRole(roles)) {
			throw new ForbiddenException(action + " is for " + String.join(", ",
					Arrays.stream(roles).map(Role::label).toList()));
		}
	}

	/** The unit a department or town handler acts for. */
	public static UnitId actingUnit(Actor actor, String action) {
		requireRole(actor, action, UNIT_HANDLERS);
		if (actor.unitId() == null) {
			throw new ForbiddenException(action + " is done for a unit, and this account belongs to none");
		}
		return new UnitId(actor.unitId());
	}
}
