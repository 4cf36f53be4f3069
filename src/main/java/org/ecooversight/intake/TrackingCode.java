package org.ecooversight.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

import org.ecooversight.shared.InvalidInputException;

/**
 * The code a member of the public receives when they report a problem, to follow its handling without
 * signing in. Twelve characters from {@value #ALPHABET} (no 0, O, 1 or I, which people confuse), shown
 * as {@code XXXX-XXXX-XXXX}.
 * <p>
 * The first eleven characters are random (55 bits); the twelfth is a Luhn mod 32 check character, which
 * catches every single mistyped character and nearly every swap of two neighbours, so a mistyped code is
 * reported as mistyped instead of "not found".
 *
 * @param value the twelve characters, upper case, without dashes
 */
public record TrackingCode(String value) {

	/** The 32 symbols of a tracking code, in order of their value. */
	public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	static final String MISTYPED = "tracking code is mistyped (check character does not match)";

	private static final int BASE = ALPHABET.length();

	public TrackingCode {
		Objects.requireNonNull(value, "value");
		String problem = problemWith(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** A new code: eleven random characters and their check character. */
	public static TrackingCode random(SecureRandom random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH - 1; i++) {
			code.append(ALPHABET.charAt(random.nextInt(BASE)));
		}
		code.append(checkCharacterFor(code));
		return new TrackingCode(code.toString());
	}

	/**
	 * Reads a code as a person typed it: with or without dashes or spaces, in any case.
	 *
	 * @throws InvalidInputException naming {@code field} when the code is missing, has the wrong length,
	 *             contains a character tracking codes do not use, or its check character does not match
	 */
	public static TrackingCode parse(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidInputException(field, "a tracking code is required");
		}
		String normalised = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		String problem = problemWith(normalised);
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
		return new TrackingCode(normalised);
	}

	/** The code as shown to people: {@code XXXX-XXXX-XXXX}. */
	public String display() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
	}

	@Override
	public String toString() {
		return display();
	}

	/** Luhn mod 32 over the given characters, read from the right, the rightmost one doubled. */
	static char checkCharacterFor(CharSequence payload) {
		int sum = 0;
		boolean doubled = true;
		for (int i = payload.length() - 1; i >= 0; i--) {
			sum += addend(ALPHABET.indexOf(payload.charAt(i)), doubled);
			doubled = !doubled;
		}
		return ALPHABET.charAt((BASE - sum % BASE) % BASE);
	}

	private static int addend(int value, boolean doubled) {
		int addend = doubled ? value * 2 : value;
		return addend / BASE + addend % BASE;
	}

	private static String problemWith(String code) {
		if (code.length() != LENGTH) {
			return "a tracking code has " + LENGTH + " characters (shown as XXXX-XXXX-XXXX), this one has "
					+ code.length();
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				return "'" + c + "' does not occur in tracking codes (they use digits 2-9 and letters A-Z"
						+ " without I and O)";
			}
		}
		if (checkCharacterFor(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
			return MISTYPED;
		}
		return null;
	}
}
