package org.ecooversight.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in a free text (个人信息脱敏), found and masked in one place: the reporter's own name,
 * phone and e-mail as they gave them, and, whoever wrote them, mobile numbers (1[3-9]x), landlines
 * with an area code, 18-digit resident ID numbers (GB 11643: province, birth date), vehicle plates
 * (陕G·12345, new-energy plates too), e-mail addresses, and a name introduced as a caller names
 * himself ("我是张三", "联系人：李四", "举报人王某").
 * <p>
 * Masks keep the length of what they replace (a finding's positions hold in the original and in the
 * masked text) and follow the 12345 hotlines' style: 139****5678, 610922********1234, 陕G·***45,
 * 张**, 0915-*****67, z****@qq.com. Masking a masked text changes nothing. Left alone on purpose:
 * problem codes (SQ-2026-000001), dates, unified social credit codes (units, not persons), central
 * inspection references (D3SX202505280018), coordinates and quantities.
 * <p>
 * Intake masks a lead's description before it is recorded (units, the public and every module read
 * only the masked text); the original is sealed with the reporter's contact
 * ({@link ReceivingLead}, {@link OpeningReporterIdentity}).
 */
public final class PersonalData {

	/** What was found; {@link #label()} is the Chinese word the intake desk shows. */
	public enum Kind {

		NAME("姓名"), MOBILE("手机号码"), LANDLINE("固定电话"), ID_CARD("身份证号码"), PLATE("车牌号码"), EMAIL("电子邮箱");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One piece of personal data: its kind, where it stands ({@code start} inclusive, {@code end}
	 * exclusive, in UTF-16 characters, the same in the original and the masked text) and its mask.
	 */
	public record Finding(Kind kind, int start, int end, String masked) {
	}

	/** A text with its personal data masked, and what was found, in order. */
	public record Scan(String text, List<Finding> found) {

		public boolean any() {
			return !found.isEmpty();
		}

		/** The kinds found, each once, in the order of {@link Kind}. */
		public List<Kind> kinds() {
			return kindsOf(found);
		}
	}

	/** The kinds among the findings, each once, in the order of {@link Kind}. */
	public static List<Kind> kindsOf(List<Finding> found) {
		return found == null ? List.of()
				: found.stream().map(Finding::kind).distinct().sorted().toList();
	}

	/** Not inside a longer code or number (a coordinate's decimals, a credit code, D3SX202505280018). */
	private static final String NOT_INSIDE_A_CODE = "(?<![0-9A-Za-z.])";
	private static final String NO_DIGIT_AFTER = "(?![0-9])";

	private static final Pattern ID_CARD = Pattern.compile(
			NOT_INSIDE_A_CODE + "([1-9]\\d{5})((?:18|19|20)\\d{2})(\\d{2})(\\d{2})(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile(
			NOT_INSIDE_A_CODE + "((?:\\+|00)?86[- ]?)?(1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4})" + NO_DIGIT_AFTER);

	private static final Pattern LANDLINE = Pattern.compile(
			NOT_INSIDE_A_CODE + "([(（]?0(?:10|2\\d|[3-9]\\d{2})[)）]?[-－— ]?)([2-9]\\d{6,7})" + NO_DIGIT_AFTER);

	private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

	private static final Pattern PLATE = Pattern.compile("([" + PROVINCES + "][A-HJ-NP-Za-hj-np-z][·•・．. -]?)"
			+ "([A-HJ-NP-Za-hj-np-z0-9]{5,6}|[A-HJ-NP-Za-hj-np-z0-9]{4}[挂学警港澳])(?![A-Za-z0-9])");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-])([A-Za-z0-9._%+-]*)(@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

	private static final String COMPOUND_SURNAMES = "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|公孙";

	/**
	 * Common surnames (百家姓, the most frequent), compound ones first; left out are those that are
	 * everyday words after a cue (本人于昨日, 我是和平村的: 于, 和, 时, 应, 全, 单, 解, 车, 连, 商, 党, 司, 古).
	 */
	private static final String SURNAMES = COMPOUND_SURNAMES + "|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农卓吉缪简项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝]";

	/**
	 * A caller naming himself or a named contact: the cue, optionally where he lives (五爱村, 三组),
	 * then a surname and one or two characters, ending where the name ends.
	 */
	private static final Pattern CUED_NAME = Pattern.compile("(?:我叫|我是|本人是?|姓名[：:]?|联系人[：:]?|举报人[：:是]?|来电人[：:是]?|反映人[：:是]?)"
			+ "(?:\\p{IsHan}{1,10}?(?:村|组|社区|小区|街道|镇)(?:村民|居民)?的?)?"
			+ "((?:" + SURNAMES + ")\\p{IsHan}{1,2})"
			+ "(?=[，,。；;：:、！!？?\\s（(]|电话|手机|联系|身份证|反映|举报|称|说|$)");

	/** The first characters of the cues of {@link #CUED_NAME}. */
	private static final String CUES = "我本姓联举来反";

	/** Words a cue may be followed by that are not names (我是高中生 would otherwise become 我是高**). */
	private static final Set<String> NOT_NAMES = Set.of("本地", "本村", "附近", "高中生", "居民", "村民", "群众");

	private static final Pattern COMPOUND_SURNAME = Pattern.compile(COMPOUND_SURNAMES);

	/** A credit code is introduced as one; an 18-digit code right after these words is a unit's, not a person's. */
	private static final Pattern CREDIT_CODE_CUE = Pattern.compile("(?:信用代码|社会信用|组织机构代码|税号)[^，,。；;]{0,6}$");

	/** The first two digits of a resident ID: the province (GB/T 2260), Taiwan, Hong Kong and Macao. */
	private static final Set<String> PROVINCE_CODES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82", "83");

	private PersonalData() {
	}

	/** Masks what the generic rules find (without a reporter's own contact to look for). */
	public static String mask(String text) {
		return scan(text, null).text();
	}

	/**
	 * Finds and masks the personal data in {@code text}; {@code own} (null for an anonymous reporter)
	 * adds the reporter's own name, phone and e-mail as they gave them.
	 */
	public static Scan scan(String text, ReporterContact own) {
		return scan(text, own, EnumSet.allOf(Kind.class));
	}

	/** As {@link #scan(String, ReporterContact)}, masking only the kinds given (a jurisdiction's choice). */
	public static Scan scan(String text, ReporterContact own, Set<Kind> kinds) {
		if (text == null || text.isEmpty()) {
			return new Scan(text, List.of());
		}
		List<Finding> candidates = new ArrayList<>();
		if (own != null) {
			ownContact(text, own, candidates);
		}
		idCards(text, candidates);
		phones(text, candidates);
		plates(text, candidates);
		emails(text, candidates);
		cuedNames(text, candidates);
		// Overlaps: the first to start wins, the longer one on a tie (the reporter's own data first).
		candidates.removeIf(f -> !kinds.contains(f.kind()));
		candidates.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -(f.end() - f.start())));
		List<Finding> found = new ArrayList<>();
		StringBuilder masked = new StringBuilder(text);
		int covered = 0;
		for (Finding f : candidates) {
			if (f.start() < covered) {
				continue;
			}
			found.add(f);
			masked.replace(f.start(), f.end(), f.masked());
			covered = f.end();
		}
		return new Scan(masked.toString(), List.copyOf(found));
	}

	private static void ownContact(String text, ReporterContact own, List<Finding> into) {
		String name = own.name() == null ? "" : own.name().strip();
		if (name.codePointCount(0, name.length()) >= 2) {
			occurrences(text, name, at -> into.add(new Finding(Kind.NAME, at, at + name.length(),
					maskName(text.substring(at, at + name.length())))));
		}
		String digits = own.phone() == null ? "" : own.phone().replaceAll("\\D", "");
		if (digits.length() > 11 && (digits.startsWith("0086") || digits.startsWith("86"))) {
			digits = digits.substring(digits.length() - 11);
		}
		if (digits.length() >= 5) {
			// the same digits, whatever separators the text puts between them
			boolean mobile = digits.length() == 11 && digits.charAt(0) == '1';
			for (int i = 0; i < text.length(); i++) {
				int end = digitsAt(text, i, digits);
				if (end > 0) {
					String written = text.substring(i, end);
					into.add(new Finding(mobile ? Kind.MOBILE : Kind.LANDLINE, i, end,
							mobile ? maskDigits(written, 3, 4) : maskDigits(written, 0, 2)));
					i = end - 1;
				}
			}
		}
		String email = own.email() == null ? "" : own.email().strip();
		if (email.contains("@")) {
			occurrences(text, email, at -> into.add(new Finding(Kind.EMAIL, at, at + email.length(),
					maskEmail(text.substring(at, at + email.length())))));
		}
	}

	private static void idCards(String text, List<Finding> into) {
		matches(ID_CARD, text, c -> c >= '1' && c <= '9', m -> {
			boolean creditCode = CREDIT_CODE_CUE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
			if (isResidentId(m.group()) && !creditCode) {
				into.add(new Finding(Kind.ID_CARD, m.start(), m.end(), m.group().substring(0, 6) + "********"
						+ m.group().substring(14)));
			}
		});
	}

	/**
	 * Whether the 18 characters read as a resident ID number (GB 11643): a province's code, a real
	 * birth date, a sequence and a check character. The check character is not required to match:
	 * a number mistyped by one digit still names the person.
	 */
	static boolean isResidentId(String id) {
		if (id.length() != 18 || !PROVINCE_CODES.contains(id.substring(0, 2))) {
			return false;
		}
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			return born.getYear() >= 1890;
		}
		catch (DateTimeException | NumberFormatException e) {
			return false;
		}
	}

	private static void phones(String text, List<Finding> into) {
		matches(MOBILE, text, c -> c == '1' || c == '+' || c == '0' || c == '8', m -> {
			String prefix = m.group(1) == null ? "" : m.group(1);
			into.add(new Finding(Kind.MOBILE, m.start(), m.end(), prefix + maskDigits(m.group(2), 3, 4)));
		});
		matches(LANDLINE, text, c -> c == '0' || c == '(' || c == '（', m -> into
			.add(new Finding(Kind.LANDLINE, m.start(), m.end(), m.group(1) + maskDigits(m.group(2), 0, 2))));
	}

	private static void plates(String text, List<Finding> into) {
		matches(PLATE, text, c -> PROVINCES.indexOf(c) >= 0, m -> {
			String tail = m.group(2);
			if (tail.chars().filter(Character::isDigit).count() >= 2) { // 川AB CDE is not a plate anyone writes
				into.add(new Finding(Kind.PLATE, m.start(), m.end(),
						m.group(1) + "*".repeat(tail.length() - 2) + tail.substring(tail.length() - 2)));
			}
		});
	}

	private static void emails(String text, List<Finding> into) {
		if (text.indexOf('@') < 0) {
			return;
		}
		Matcher m = EMAIL.matcher(text);
		while (m.find()) {
			into.add(new Finding(Kind.EMAIL, m.start(), m.end(), maskEmail(m.group())));
		}
	}

	private static void cuedNames(String text, List<Finding> into) {
		matches(CUED_NAME, text, c -> CUES.indexOf(c) >= 0, m -> {
			String name = m.group(1);
			if (!NOT_NAMES.contains(name)) {
				into.add(new Finding(Kind.NAME, m.start(1), m.end(1), maskName(name)));
			}
		});
	}

	/**
	 * Each match of {@code pattern}, as {@link Matcher#find()} would give them, tried only where
	 * {@code start} admits the first character: a text is mostly characters no rule can start at,
	 * and this keeps a scan to a few microseconds.
	 */
	private static void matches(Pattern pattern, String text, IntPredicate start, Consumer<Matcher> each) {
		Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int n = text.length();
		for (int i = 0; i < n; i++) {
			if (start.test(text.charAt(i))) {
				m.region(i, n);
				if (m.lookingAt()) {
					each.accept(m);
					i = m.end() - 1;
				}
			}
		}
	}

	/**
	 * Where {@code digits}, written from {@code at} with at most one separator between two digits
	 * (139-1234-5678, 139 1234 5678) and no digit either side, ends; -1 if they are not there.
	 */
	private static int digitsAt(String text, int at, String digits) {
		if (at > 0 && Character.isDigit(text.charAt(at - 1))) {
			return -1;
		}
		int i = at;
		for (int d = 0; d < digits.length(); d++) {
			if (d > 0 && i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
				i++;
			}
			if (i >= text.length() || text.charAt(i) != digits.charAt(d)) {
				return -1;
			}
			i++;
		}
		return i < text.length() && Character.isDigit(text.charAt(i)) ? -1 : i;
	}

	private static final String SEPARATORS = "-－— ";

	/** Where {@code part} occurs in {@code text}, ignoring case, without overlaps. */
	private static void occurrences(String text, String part, IntConsumer each) {
		for (int i = 0; i + part.length() <= text.length(); i++) {
			if (text.regionMatches(true, i, part, 0, part.length())) {
				each.accept(i);
				i += part.length() - 1;
			}
		}
	}

	/** 张某某 → 张**, 欧阳娜娜 → 欧阳**: the surname stays, the given name goes. */
	static String maskName(String name) {
		int keep = COMPOUND_SURNAME.matcher(name).lookingAt() && name.length() > 2 ? 2
				: Character.charCount(name.codePointAt(0));
		return name.substring(0, keep) + "*".repeat(name.length() - keep);
	}

	/** Masks the digits of {@code s} except the first and last ones asked for; separators stay. */
	static String maskDigits(String s, int keepFirst, int keepLast) {
		int total = (int) s.chars().filter(Character::isDigit).count();
		StringBuilder out = new StringBuilder(s.length());
		int seen = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isDigit(c)) {
				out.append(seen < keepFirst || seen >= total - keepLast ? c : '*');
				seen++;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String maskEmail(String email) {
		int at = email.indexOf('@');
		return email.charAt(0) + "*".repeat(at - 1) + email.substring(at).toLowerCase(Locale.ROOT);
	}
}
