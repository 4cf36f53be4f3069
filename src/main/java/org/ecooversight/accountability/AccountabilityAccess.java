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

	/** The case, if the user may see it: a discipline officer whose unit is not a party to it. */
	static AccountabilityCase visible(Actor actor, AccountabilityCase c) {
		requireDiscipline(actor, "reading a case");
		if (actor.unitId() != null && c.parties().stream().anyMatch(p -> p.party().unitId().equals(actor.unitId()))) {
			throw new ForbiddenException("case " + c.number() + " concerns your own unit");
		}
		return c;
	}
}
