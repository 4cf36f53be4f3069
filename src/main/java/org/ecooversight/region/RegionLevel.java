package org.ecooversight.region;

import java.util.Optional;

/**
 * The four levels of the division codes the platform uses. A code's length gives its level: two
 * digits for a province, four for a city, six for a county (GB/T 2260) and nine for a town or
 * sub-district (the statistical division codes).
 */
public enum RegionLevel {

	PROVINCE("省", 2),
	CITY("市", 4),
	COUNTY("县", 6),
	TOWN("镇街", 9);

	private final String label;
	private final int digits;

	RegionLevel(String label, int digits) {
		this.label = label;
		this.digits = digits;
	}

	public String label() {
		return label;
	}

	/** How many digits a code of this level has. */
	public int digits() {
		return digits;
	}

	/**
	 * The level of a code, from its length; empty if the code is null, holds anything but the
	 * digits 0-9, or has a length no level has.
	 */
	public static Optional<RegionLevel> ofCode(String code) {
		if (!isDigits(code)) {
			return Optional.empty();
		}
		for (RegionLevel level : values()) {
			if (level.digits == code.length()) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	/** The level directly above this one; empty for a province. */
	public Optional<RegionLevel> parent() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	static boolean isDigits(String code) {
		if (code == null || code.isEmpty()) {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}
