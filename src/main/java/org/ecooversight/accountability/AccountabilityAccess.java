package org.ecooversight.accountability;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.Role;

/**
 * Who sees what of accountability: cases only the discipline roles, and never a case in which the
 * user's own unit is a party; county leaders and the committee office see counts, not contents.
 */
final class AccountabilityAccess {

	static final Role[] COUNTS = { Role.DISCIPLINE_OFFICER, Role.COUNTY_LEADER, Role.COMMITTEE_OFFICE };

	private AccountabilityAccess() {
	}

	static void requireDiscipline(Actor actor, String action) {
		if (!actor.hasAnyRole(Role.DISCIPLINE_OFFICER)) {
			throw new ForbiddenException(action + " is for the discipline organ (纪检监察干部)");
		}
	}

	static void requireCounts(Actor actor) {
		if (!actor.hasAnyRole(COUNTS)) {
			throw new ForbiddenException("accountability figures are for the discipline organ, county leaders and the"
					+ " committee office");
		}
	}

	/**
	 * A trigger, if the user may see it: a discipline officer whose unit neither handles the problem
	 * nor governs the town it is in (a town's discipline committee does not assess its own town).
	 */
	static void visible(Actor actor, Trigger trigger, org.ecooversight.ledger.Problem problem, String actorRegion) {
		requireDiscipline(actor, "reading a trigger");
		if (problem != null && actor.unitId() != null && (concerns(problem, actor.unitId())
				|| problem.opening().place().townCode().equals(actorRegion))) {
			throw new ForbiddenException("trigger " + trigger.id() + " concerns your own unit or town");
		}
	}

	private static boolean concerns(org.ecooversight.ledger.Problem problem, java.util.UUID unit) {
		return problem.responsibleUnits().stream().anyMatch(u -> u.value().equals(unit));
	}

	/** The case, if the user may see it: a discipline officer whose unit is not a party to it. */
	static AccountabilityCase visible(Actor actor, AccountabilityCase c) {
		requireDiscipline(actor, "reading a case");
		if (actor.unitId() != null && c.parties().stream().anyMatch(p -> p.party().unitId().equals(actor.unitId()))) {
			throw new ForbiddenException("case " + c.number() + " concerns your own unit");
		}
		return c;
	}
}
