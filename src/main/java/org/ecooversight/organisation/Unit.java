package org.ecooversight.organisation;

/** A unit that takes part: named, of a kind, seated in a region. */
public record Unit(UnitId id, String code, String name, String shortName, UnitKind kind, String regionCode,
		String creditCode, UnitId parentId) {
}
