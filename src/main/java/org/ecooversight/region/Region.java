package org.ecooversight.region;

import java.util.Objects;

/**
 * One administrative division: its code, its official name, its level and the code of the division
 * it belongs to (null for a province). City rows named "市辖区" are kept as the official list has
 * them.
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

	public Region {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(level, "level");
	}
}
