package org.ecooversight.intake;

import java.util.Locale;

import org.ecooversight.shared.InvalidInputException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015), the 18-character identifier of a
 * company, public institution or other organisation that a lead names as the polluter.
 * <p>
 * Layout: position 1 the registration authority (登记管理部门: 1 机构编制, 5 民政, 9 工商, Y 其他, and
 * further codes the standard and later notices add, so any symbol of the alphabet is accepted there);
 * position 2 the organisation type (机构类别); positions 3-8 the administrative division code of the
 * registering authority (digits, GB/T 2260); positions 9-17 the organisation code (组织机构代码); position
 * 18 the check character. The alphabet is the 31 symbols {@value #ALPHABET} (no I, O, Z, S, V). The check
 * character is {@code ALPHABET[(31 - Σ value(c_i)·w_i mod 31) mod 31]} with w_i = 3^(i-1) mod 31.
 *
 * @param value the normalised code: 18 upper-case characters with a matching check character
 */
public record CreditCode(String value) {

	/** The 31 symbols a unified social credit code is written in, in order of their value. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (value == null) {
			throw new IllegalArgumentException("a unified social credit code is required");
		}
		String problem = problemWith(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * Reads a code as a person typed it: surrounding blanks are dropped and letters upper-cased.
	 *
	 * @throws InvalidInputException naming {@code field} when the code is missing, has the wrong length,
	 *             uses a character outside the alphabet, has a non-digit division code or a wrong check
	 *             character (the reason names the character that was expected)
	 */
	public static CreditCode parse(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidInputException(field, "a unified social credit code is required");
		}
		String normalised = raw.strip().toUpperCase(Locale.ROOT);
		String problem = problemWith(normalised);
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
		return new CreditCode(normalised);
	}

	/** The registration authority code (登记管理部门代码), position 1, e.g. '9' for market regulation. */
	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** The organisation type (机构类别代码), position 2, e.g. '1' for an enterprise under 工商. */
	public char organisationType() {
		return value.charAt(1);
	}

	/** The administrative division code of the registering authority, positions 3-8, e.g. "610922". */
	public String divisionCode() {
		return value.substring(2, 8);
	}

	/** The organisation code (组织机构代码), positions 9-17. */
	public String organisationCode() {
		return value.substring(8, 17);
	}

	@Override
	public String toString() {
		return value;
	}

	/** The check character that belongs after the given first 17 characters (all from the alphabet). */
	public static char checkCharacterFor(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	private static String problemWith(String code) {
		if (code.length() != LENGTH) {
			return "a unified social credit code has " + LENGTH + " characters, this one has " + code.length();
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				return "character '" + c + "' at position " + (i + 1)
						+ " is not used in unified social credit codes (only digits and the letters "
						+ ALPHABET.substring(10) + "; never I, O, Z, S or V)";
			}
		}
		String division = code.substring(2, 8);
		if (!division.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return "positions 3 to 8 are an administrative division code and must be digits, but are '" + division
					+ "'";
		}
		char expected = checkCharacterFor(code);
		char actual = code.charAt(LENGTH - 1);
		if (expected != actual) {
			return "check character should be '" + expected + "' but is '" + actual
					+ "' (the code is mistyped or not a real unified social credit code)";
		}
		return null;
	}
}
