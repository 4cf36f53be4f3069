package org.ecooversight.responsibility;

import java.util.List;

import org.ecooversight.organisation.UnitId;

/**
 * The platform's proposal of who should rectify a problem: a lead unit, co-units, and whether the
 * problem spans several regulators and so must be designated by the party committee and government.
 * {@code basis} says, line by line, why each unit was proposed.
 */
public record Routing(UnitId leadUnit, List<UnitId> coUnits, boolean requiresDesignation, List<String> basis) {

	public Routing {
		coUnits = List.copyOf(coUnits);
		basis = List.copyOf(basis);
	}
}
