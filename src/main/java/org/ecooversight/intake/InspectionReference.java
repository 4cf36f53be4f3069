package org.ecooversight.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.ecooversight.shared.InvalidInputException;

/**
 * The reference number an eco-environmental inspection (中央/省级生态环境保护督察) gives a complaint it
 * transfers for handling (交办件), e.g. {@code D3SX202505280018} or {@code X2HA202104270093*}.
 * <p>
 * Layout: the medium ({@code D} 电话 phone, {@code X} 来信 letter); the inspection round (1 or 2 digits);
 * the two-letter abbreviation of the inspected province (BJ 北京 … SN 陕西; note SX is 山西); the date the
 * complaint was received, yyyyMMdd; a four-digit sequence number of that day; and an optional {@code *}
 * marking a priority case (重点件).
 *
 * @param raw the normalised reference (upper case, no surrounding blanks, half-width {@code *})
 * @param medium how the complaint reached the inspection team
 * @param round the inspection round, e.g. 3 for the third round
 * @param provinceAbbreviation the two-letter province abbreviation, e.g. "SN"
 * @param provinceName the province's name, e.g. "陕西"
 * @param provinceCode the first two digits of the province's administrative division code (GB/T 2260),
 *            e.g. "61"
 * @param date the day the complaint was received
 * @param sequence the complaint's sequence number on that day
 * @param priority whether the inspection marked it as a priority case (重点件)
 */
public record InspectionReference(String raw, Medium medium, int round, String provinceAbbreviation,
		String provinceName, String provinceCode, LocalDate date, int sequence, boolean priority) {

	/** How a complaint reached the inspection team. */
	public enum Medium {

		PHONE('D', "电话"), LETTER('X', "来信");

		private final char letter;
		private final String label;

		Medium(char letter, String label) {
			this.letter = letter;
			this.label = label;
		}

		public char letter() {
			return letter;
		}

		public String label() {
			return label;
		}

		static Medium ofLetter(char letter) {
			for (Medium medium : values()) {
				if (medium.letter == letter) {
					return medium;
				}
			}
			return null;
		}
	}

	private record Province(String name, String code) {
	}

	/** The 31 provincial-level divisions of the mainland, by romanised abbreviation (GB/T 2260). */
	private static final Map<String, Province> PROVINCES = Map.ofEntries(
			Map.entry("BJ", new Province("北京", "11")), Map.entry("TJ", new Province("天津", "12")),
			Map.entry("HE", new Province("河北", "13")), Map.entry("SX", new Province("山西", "14")),
			Map.entry("NM", new Province("内蒙古", "15")), Map.entry("LN", new Province("辽宁", "21")),
			Map.entry("JL", new Province("吉林", "22")), Map.entry("HL", new Province("黑龙江", "23")),
			Map.entry("SH", new Province("上海", "31")), Map.entry("JS", new Province("江苏", "32")),
			Map.entry("ZJ", new Province("浙江", "33")), Map.entry("AH", new Province("安徽", "34")),
			Map.entry("FJ", new Province("福建", "35")), Map.entry("JX", new Province("江西", "36")),
			Map.entry("SD", new Province("山东", "37")), Map.entry("HA", new Province("河南", "41")),
			Map.entry("HB", new Province("湖北", "42")), Map.entry("HN", new Province("湖南", "43")),
			Map.entry("GD", new Province("广东", "44")), Map.entry("GX", new Province("广西", "45")),
			Map.entry("HI", new Province("海南", "46")), Map.entry("CQ", new Province("重庆", "50")),
			Map.entry("SC", new Province("四川", "51")), Map.entry("GZ", new Province("贵州", "52")),
			Map.entry("YN", new Province("云南", "53")), Map.entry("XZ", new Province("西藏", "54")),
			Map.entry("SN", new Province("陕西", "61")), Map.entry("GS", new Province("甘肃", "62")),
			Map.entry("QH", new Province("青海", "63")), Map.entry("NX", new Province("宁夏", "64")),
			Map.entry("XJ", new Province("新疆", "65")));

	private static final String KNOWN_ABBREVIATIONS = String.join(", ",
			PROVINCES.keySet().stream().sorted().toList());

	private static final Pattern SHAPE = Pattern.compile("[DX][0-9]{1,2}[A-Z]{2}[0-9]{12}\\*?");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);

	private static final int SHORTEST = 16;
	private static final int LONGEST = 17;

	public InspectionReference {
		Objects.requireNonNull(raw, "raw");
		Objects.requireNonNull(medium, "medium");
		Objects.requireNonNull(provinceAbbreviation, "provinceAbbreviation");
		Objects.requireNonNull(provinceName, "provinceName");
		Objects.requireNonNull(provinceCode, "provinceCode");
		Objects.requireNonNull(date, "date");
	}

	/**
	 * Whether the text has the shape of an inspection reference (medium letter, round, two letters, twelve
	 * digits, optional {@code *}), ignoring case and surrounding blanks. It does not check the province or
	 * the date: use it to tell a reference from other numbers in a search box, then {@link #parse} it.
	 */
	public static boolean looksLikeInspectionCode(String raw) {
		return raw != null && SHAPE.matcher(normalise(raw)).matches();
	}

	/**
	 * Reads a reference as printed on a transfer list (交办清单); lower case and a full-width {@code ＊} are
	 * accepted.
	 *
	 * @throws InvalidInputException naming {@code field}, with a reason for what is wrong: missing, wrong
	 *             length, unknown medium letter, missing round, unknown province, impossible date or a
	 *             sequence number that is not four digits
	 */
	public static InspectionReference parse(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidInputException(field, "an inspection reference is required");
		}
		String normalised = normalise(raw);
		boolean priority = normalised.endsWith("*");
		String body = priority ? normalised.substring(0, normalised.length() - 1) : normalised;
		if (body.length() < SHORTEST || body.length() > LONGEST) {
			throw new InvalidInputException(field, "an inspection reference has " + SHORTEST + " or " + LONGEST
					+ " characters (plus '*' for a priority case), like D3SX202505280018; this one has "
					+ body.length());
		}

		Medium medium = Medium.ofLetter(body.charAt(0));
		if (medium == null) {
			throw new InvalidInputException(field,
					"an inspection reference starts with D (电话, phone) or X (来信, letter), not '" + body.charAt(0) + "'");
		}

		int roundEnd = 1;
		while (roundEnd < body.length() && roundEnd <= 2 && isDigit(body.charAt(roundEnd))) {
			roundEnd++;
		}
		if (roundEnd == 1) {
			throw new InvalidInputException(field,
					"the medium letter must be followed by the inspection round (1 or 2 digits), not '"
							+ body.charAt(1) + "'");
		}
		int round = Integer.parseInt(body.substring(1, roundEnd));
		if (round == 0) {
			throw new InvalidInputException(field, "the inspection round must be 1 or more, not 0");
		}

		String abbreviation = body.substring(roundEnd, roundEnd + 2);
		Province province = PROVINCES.get(abbreviation);
		if (province == null) {
			throw new InvalidInputException(field, "'" + abbreviation
					+ "' is not a province abbreviation (expected one of " + KNOWN_ABBREVIATIONS + ")");
		}

		String rest = body.substring(roundEnd + 2);
		if (rest.length() != 12 || !rest.chars().allMatch(InspectionReference::isDigit)) {
			throw new InvalidInputException(field, "after the province come the date (yyyyMMdd) and a four-digit"
					+ " sequence number, twelve digits in all, not '" + rest + "'");
		}
		String datePart = rest.substring(0, 8);
		LocalDate date;
		try {
			date = LocalDate.parse(datePart, DATE);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "'" + datePart + "' is not a real date (yyyyMMdd)");
		}
		int sequence = Integer.parseInt(rest.substring(8));

		return new InspectionReference(body + (priority ? "*" : ""), medium, round, abbreviation, province.name(),
				province.code(), date, sequence, priority);
	}

	@Override
	public String toString() {
		return raw;
	}

	private static String normalise(String raw) {
		return raw.strip().toUpperCase(Locale.ROOT).replace('＊', '*');
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}
}
