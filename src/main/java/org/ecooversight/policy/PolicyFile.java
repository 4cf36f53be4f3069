package org.ecooversight.policy;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.policy.JurisdictionPolicy.Accountability;
import org.ecooversight.policy.JurisdictionPolicy.DayCount;
import org.ecooversight.policy.JurisdictionPolicy.Disclosure;
import org.ecooversight.policy.JurisdictionPolicy.TriggerCondition;
import org.ecooversight.policy.JurisdictionPolicy.TriggerRule;
import org.ecooversight.policy.JurisdictionPolicy.Extensions;
import org.ecooversight.policy.JurisdictionPolicy.LadderStep;
import org.ecooversight.policy.JurisdictionPolicy.LocalHoliday;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.policy.JurisdictionPolicy.Publicity;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;
import org.ecooversight.policy.JurisdictionPolicy.Supervision;
import org.ecooversight.policy.JurisdictionPolicy.When;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy file strictly: every key must be known, every value of its kind and range, the
 * reminder ladder in the order its steps fall, local holidays inside their year. The first mistake
 * is reported with its line and key.
 */
public final class PolicyFile {

	private final String file;
	private final Set<String> channels;
	private final Set<String> roles;

	public PolicyFile(String file, Set<String> channels, Set<String> roles) {
		this.file = file;
		this.channels = channels;
		this.roles = roles;
	}

	public JurisdictionPolicy parse(Reader reader) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException e) {
			throw new PolicyFileException(file, e.getProblemMark().getLine() + 1, null, "not valid YAML: " + e.getProblem());
		}
		if (root == null) {
			throw new PolicyFileException(file, 1, null, "the file is empty");
		}
		Map<String, Node> top = mapping(root, null, Set.of("jurisdiction", "rectification", "reminders", "interview",
				"lookBack", "colours", "extensions", "supervision", "accountability", "publicDisclosure", "publicity", "localHolidays"), Set.of("jurisdiction", "rectification", "reminders",
						"interview", "lookBack"));

		Map<String, Node> jurisdiction = mapping(top.get("jurisdiction"), "jurisdiction", Set.of("regionCode", "name"),
				Set.of("regionCode", "name"));
		String regionCode = text(jurisdiction.get("regionCode"), "jurisdiction.regionCode");
		if (!regionCode.matches("\\d{2}|\\d{4}|\\d{6}")) {
			throw error(jurisdiction.get("regionCode"), "jurisdiction.regionCode", "a province, city or county division code");
		}

		Map<String, Node> rectification = mapping(top.get("rectification"), "rectification",
				Set.of("default", "byChannel", "bySeverity"), Set.of("default"));
		Period defaultPeriod = period(rectification.get("default"), "rectification.default");
		Map<String, Period> byChannel = new LinkedHashMap<>();
		if (rectification.containsKey("byChannel")) {
			Map<String, Node> channelNodes = mapping(rectification.get("byChannel"), "rectification.byChannel", channels, Set.of());
			channelNodes.forEach((channel, node) -> byChannel.put(channel, period(node, "rectification.byChannel." + channel)));
		}
		Map<String, Period> bySeverity = new LinkedHashMap<>();
		if (rectification.containsKey("bySeverity")) {
			Map<String, Node> severityNodes = mapping(rectification.get("bySeverity"), "rectification.bySeverity",
					Set.of("GENERAL", "SERIOUS", "MAJOR"), Set.of());
			severityNodes.forEach((severity, node) -> bySeverity.put(severity, period(node, "rectification.bySeverity." + severity)));
		}

		List<LadderStep> ladder = new ArrayList<>();
		List<Node> steps = sequence(top.get("reminders"), "reminders");
		for (int i = 0; i < steps.size(); i++) {
			String key = "reminders[" + i + "]";
			Map<String, Node> step = mapping(steps.get(i), key, Set.of("kind", "when", "workingDays", "source"),
					Set.of("kind", "when", "workingDays"));
			LadderStep parsed = new LadderStep(choice(step.get("kind"), key + ".kind", ReminderKind::valueOf),
					choice(step.get("when"), key + ".when", When::valueOf),
					number(step.get("workingDays"), key + ".workingDays", 0, 250), optionalText(step.get("source")));
			if (!ladder.isEmpty() && parsed.offset() <= ladder.get(ladder.size() - 1).offset()) {
				throw error(steps.get(i), key, "the ladder is inverted: each step must fall after the one before it");
			}
			ladder.add(parsed);
		}

		Map<String, Node> interview = mapping(top.get("interview"), "interview", Set.of("reportWithin", "approver"),
				Set.of("reportWithin"));
		Period interviewReport = period(interview.get("reportWithin"), "interview.reportWithin");
		String interviewApprover = interview.containsKey("approver")
				? approver(interview.get("approver"), "interview.approver") : "COUNTY_LEADER";
		Map<String, Node> lookBack = mapping(top.get("lookBack"), "lookBack", Set.of("after"), Set.of("after"));
		Period lookBackPeriod = period(lookBack.get("after"), "lookBack.after");

		int blue = 3;
		if (top.containsKey("colours")) {
			Map<String, Node> colours = mapping(top.get("colours"), "colours", Set.of("blueWorkingDaysBeforeDeadline"),
					Set.of("blueWorkingDaysBeforeDeadline"));
			blue = number(colours.get("blueWorkingDaysBeforeDeadline"), "colours.blueWorkingDaysBeforeDeadline", 0, 60);
		}
		Extensions extensions = new Extensions(0, 0, "TASK_FORCE_LEADER", null);
		if (top.containsKey("extensions")) {
			Map<String, Node> ext = mapping(top.get("extensions"), "extensions",
					Set.of("maxCount", "maxWorkingDays", "approver", "source"), Set.of("maxCount", "maxWorkingDays", "approver"));
			String approver = approver(ext.get("approver"), "extensions.approver");
			extensions = new Extensions(number(ext.get("maxCount"), "extensions.maxCount", 0, 10),
					number(ext.get("maxWorkingDays"), "extensions.maxWorkingDays", 0, 250), approver,
					optionalText(ext.get("source")));
		}
		Supervision supervision = new Supervision(List.of("TASK_FORCE_LEADER", "COUNTY_LEADER"),
				new Period(7, DayCount.CALENDAR_DAYS, null), 2, null);
		if (top.containsKey("supervision")) {
			Map<String, Node> sup = mapping(top.get("supervision"), "supervision",
					Set.of("issuers", "reportEvery", "interviewProposalAfterMissedReports", "source"),
					Set.of("issuers", "reportEvery", "interviewProposalAfterMissedReports"));
			List<Node> issuerNodes = sequence(sup.get("issuers"), "supervision.issuers");
			List<String> issuers = new ArrayList<>();
			for (int i = 0; i < issuerNodes.size(); i++) {
				issuers.add(role(issuerNodes.get(i), "supervision.issuers[" + i + "]"));
			}
			if (issuers.isEmpty()) {
				throw error(sup.get("issuers"), "supervision.issuers", "name at least one role");
			}
			supervision = new Supervision(List.copyOf(issuers), period(sup.get("reportEvery"), "supervision.reportEvery"),
					number(sup.get("interviewProposalAfterMissedReports"), "supervision.interviewProposalAfterMissedReports",
							1, 20),
					optionalText(sup.get("source")));
		}
		Accountability accountability = top.containsKey("accountability")
				? accountability(top.get("accountability"))
				: new Accountability("DISCIPLINE_COMMISSION", Map.of(), new Period(30, DayCount.CALENDAR_DAYS, null),
						new Period(7, DayCount.CALENDAR_DAYS, null), List.of());
		Disclosure disclosure = new Disclosure(true, true, null);
		if (top.containsKey("publicDisclosure")) {
			Map<String, Node> d = mapping(top.get("publicDisclosure"), "publicDisclosure",
					Set.of("listedSupervision", "closedProblems", "source"), Set.of("listedSupervision", "closedProblems"));
			disclosure = new Disclosure(choice(d.get("listedSupervision"), "publicDisclosure.listedSupervision", PolicyFile::strictBoolean),
					choice(d.get("closedProblems"), "publicDisclosure.closedProblems", PolicyFile::strictBoolean),
					optionalText(d.get("source")));
		}
		Publicity publicity = top.containsKey("publicity") ? publicity(top.get("publicity"))
				: new Publicity(List.of("COMMITTEE_OFFICE", "TASK_FORCE_LEADER"), null);
		List<LocalHoliday> holidays = new ArrayList<>();
		if (top.containsKey("localHolidays")) {
			Map<String, Node> years = mapping(top.get("localHolidays"), "localHolidays", null, Set.of());
			for (Map.Entry<String, Node> year : years.entrySet()) {
				String yearKey = "localHolidays." + year.getKey();
				if (!year.getKey().matches("\\d{4}")) {
					throw error(year.getValue(), yearKey, "a year, e.g. 2026");
				}
				List<Node> days = sequence(year.getValue(), yearKey);
				for (int i = 0; i < days.size(); i++) {
					String key = yearKey + "[" + i + "]";
					Map<String, Node> day = mapping(days.get(i), key, Set.of("date", "working", "name"), Set.of("date", "name"));
					LocalDate date = date(day.get("date"), key + ".date");
					if (date.getYear() != Integer.parseInt(year.getKey())) {
						throw error(day.get("date"), key + ".date", date + " lies outside " + year.getKey());
					}
					boolean working = day.containsKey("working") && choice(day.get("working"), key + ".working", PolicyFile::strictBoolean);
					holidays.add(new LocalHoliday(date, working, text(day.get("name"), key + ".name")));
				}
			}
		}
		return new JurisdictionPolicy(file, regionCode, text(jurisdiction.get("name"), "jurisdiction.name"), defaultPeriod,
				byChannel, bySeverity, ladder, interviewReport, interviewApprover, lookBackPeriod, blue, extensions, supervision, accountability, disclosure, publicity, holidays);
	}

	/** The trigger mechanism: the organ, the default pursuit, the referral feedback period, the rules. */
	private Accountability accountability(Node node) {
		Map<String, Node> acc = mapping(node, "accountability",
				Set.of("organ", "defaultPursuit", "referralFeedbackWithin", "referralChaseEvery", "rules", "source"),
				Set.of("organ", "rules"));
		String organ = choice(acc.get("organ"), "accountability.organ", UnitKind::valueOf).name();
		Map<String, List<String>> defaultPursuit = acc.containsKey("defaultPursuit")
				? pursuit(acc.get("defaultPursuit"), "accountability.defaultPursuit") : Map.of();
		Period feedback = acc.containsKey("referralFeedbackWithin")
				? period(acc.get("referralFeedbackWithin"), "accountability.referralFeedbackWithin")
				: new Period(30, DayCount.CALENDAR_DAYS, null);
		Period chaseEvery = acc.containsKey("referralChaseEvery")
				? period(acc.get("referralChaseEvery"), "accountability.referralChaseEvery")
				: new Period(7, DayCount.CALENDAR_DAYS, null);
		List<Node> ruleNodes = sequence(acc.get("rules"), "accountability.rules");
		List<TriggerRule> rules = new ArrayList<>();
		for (int i = 0; i < ruleNodes.size(); i++) {
			String key = "accountability.rules[" + i + "]";
			Map<String, Node> rule = mapping(ruleNodes.get(i), key, Set.of("id", "name", "when", "pursue", "organ", "source"),
					Set.of("id", "name", "when", "pursue"));
			String id = text(rule.get("id"), key + ".id");
			if (rules.stream().anyMatch(r -> r.id().equals(id))) {
				throw error(rule.get("id"), key + ".id", "rule '" + id + "' is defined twice");
			}
			Map<String, Node> when = mapping(rule.get("when"), key + ".when",
					Set.of("condition", "count", "withinDays", "afterDays", "consecutive"), Set.of("condition"));
			TriggerCondition condition = choice(when.get("condition"), key + ".when.condition", TriggerCondition::valueOf);
			Integer count = when.containsKey("count") ? number(when.get("count"), key + ".when.count", 1, 1000) : null;
			Integer within = when.containsKey("withinDays") ? number(when.get("withinDays"), key + ".when.withinDays", 1, 3650) : null;
			Integer after = when.containsKey("afterDays") ? number(when.get("afterDays"), key + ".when.afterDays", 1, 3650) : null;
			Integer consecutive = when.containsKey("consecutive")
					? number(when.get("consecutive"), key + ".when.consecutive", 1, 120) : null;
			Node whenNode = rule.get("when");
			switch (condition) {
				case REPEATED_COMPLAINTS -> {
					if (count == null || count < 2 || within == null) {
						throw error(whenNode, key + ".when", "REPEATED_COMPLAINTS needs count (at least 2) and withinDays");
					}
				}
				case EVALUATION_FAILED -> {
					if (count == null) {
						throw error(whenNode, key + ".when", "EVALUATION_FAILED needs count");
					}
				}
				case STILL_OVERDUE_AFTER_INTERVIEW -> {
					if (after == null) {
						throw error(whenNode, key + ".when", "STILL_OVERDUE_AFTER_INTERVIEW needs afterDays");
					}
				}
				case NAMED_IN_BULLETINS -> {
					if (consecutive == null) {
						throw error(whenNode, key + ".when", "NAMED_IN_BULLETINS needs consecutive");
					}
					count = consecutive;
				}
				default -> {
				}
			}
			String ruleOrgan = rule.containsKey("organ")
					? choice(rule.get("organ"), key + ".organ", UnitKind::valueOf).name() : organ;
			rules.add(new TriggerRule(id, text(rule.get("name"), key + ".name"), condition, count == null ? 1 : count,
					within, after, pursuit(rule.get("pursue"), key + ".pursue"), ruleOrgan, optionalText(rule.get("source"))));
		}
		return new Accountability(organ, defaultPursuit, feedback, chaseEvery, List.copyOf(rules));
	}

	/** Who publishes typical cases: roles that may open a reporter's identity (the write-up is checked against it). */
	private Publicity publicity(Node node) {
		Map<String, Node> pub = mapping(node, "publicity", Set.of("publishers", "source"), Set.of("publishers"));
		List<Node> nodes = sequence(pub.get("publishers"), "publicity.publishers");
		List<String> publishers = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			String key = "publicity.publishers[" + i + "]";
			String role = role(nodes.get(i), key);
			if (!PUBLISHERS.contains(role)) {
				throw error(nodes.get(i), key, "'" + role + "' cannot publish typical cases: one of " + PUBLISHERS
						+ " (roles that may open a reporter's identity, which the write-up is checked against)");
			}
			if (publishers.contains(role)) {
				throw error(nodes.get(i), key, "'" + role + "' is named twice");
			}
			publishers.add(role);
		}
		if (publishers.isEmpty()) {
			throw error(pub.get("publishers"), "publicity.publishers", "name at least one role");
		}
		return new Publicity(List.copyOf(publishers), optionalText(pub.get("source")));
	}

	private static final List<String> PUBLISHERS = List.of("COMMITTEE_OFFICE", "TASK_FORCE_LEADER", "TASK_FORCE_MEMBER");

	/** Responsibility kind (the three: PRIMARY, REGULATORY, OVERSIGHT) to the post kinds whose holders are named. */
	private Map<String, List<String>> pursuit(Node node, String key) {
		Map<String, Node> kinds = mapping(node, key, null, Set.of());
		Map<String, List<String>> pursuit = new LinkedHashMap<>();
		for (Map.Entry<String, Node> kind : kinds.entrySet()) {
			String kindKey = key + "." + kind.getKey();
			if (!THREE_RESPONSIBILITIES.contains(kind.getKey())) {
				throw error(kind.getValue(), kindKey, "unknown responsibility '" + kind.getKey()
						+ "' (the three responsibilities: PRIMARY, REGULATORY, OVERSIGHT)");
			}
			List<Node> posts = sequence(kind.getValue(), kindKey);
			List<String> names = new ArrayList<>();
			for (int i = 0; i < posts.size(); i++) {
				names.add(choice(posts.get(i), kindKey + "[" + i + "]", PostKind::valueOf).name());
			}
			pursuit.put(kind.getKey(), List.copyOf(names));
		}
		if (pursuit.isEmpty()) {
			throw error(node, key, "name at least one of the three responsibilities");
		}
		return pursuit;
	}

	/** 三责同追: the party committee's and government's primary, the departments' regulatory, the discipline organ's oversight responsibility. */
	private static final Set<String> THREE_RESPONSIBILITIES = Set.of("PRIMARY", "REGULATORY", "OVERSIGHT");

	/** Approvals are leaders' decisions: never a rectifying unit's own (it could approve itself). */
	private String approver(Node node, String key) {
		String role = role(node, key);
		if (!APPROVERS.contains(role)) {
			throw error(node, key, "'" + role + "' cannot approve: one of " + APPROVERS);
		}
		return role;
	}

	private static final java.util.List<String> APPROVERS = java.util.List.of("COUNTY_LEADER", "TASK_FORCE_LEADER",
			"COMMITTEE_OFFICE");

	private String role(Node node, String key) {
		String role = text(node, key);
		if (!roles.contains(role)) {
			throw error(node, key, "unknown role '" + role + "'");
		}
		return role;
	}

	private Period period(Node node, String key) {
		Map<String, Node> p = mapping(node, key, Set.of("days", "count", "source"), Set.of("days", "count"));
		return new Period(number(p.get("days"), key + ".days", 1, 3650), choice(p.get("count"), key + ".count", DayCount::valueOf),
				optionalText(p.get("source")));
	}

	/** A mapping's entries; unknown keys (when {@code allowed} is given) and missing required keys are errors. */
	private Map<String, Node> mapping(Node node, String key, Set<String> allowed, Set<String> required) {
		if (!(node instanceof MappingNode map)) {
			throw error(node, key, "expected a mapping of keys and values");
		}
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : map.getValue()) {
			String name = ((ScalarNode) tuple.getKeyNode()).getValue();
			String path = key == null ? name : key + "." + name;
			if (allowed != null && !allowed.contains(name)) {
				throw error(tuple.getKeyNode(), path, "unknown key (known here: " + String.join(", ", allowed) + ")");
			}
			if (entries.put(name, tuple.getValueNode()) != null) {
				throw error(tuple.getKeyNode(), path, "given twice");
			}
		}
		for (String name : required) {
			if (!entries.containsKey(name)) {
				throw error(node, key == null ? name : key + "." + name, "is required");
			}
		}
		return entries;
	}

	private List<Node> sequence(Node node, String key) {
		if (!(node instanceof SequenceNode seq)) {
			throw error(node, key, "expected a list");
		}
		return seq.getValue();
	}

	private String text(Node node, String key) {
		if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			throw error(node, key, "expected a value");
		}
		return scalar.getValue().strip();
	}

	private static String optionalText(Node node) {
		return node instanceof ScalarNode scalar ? scalar.getValue() : null;
	}

	private int number(Node node, String key, int min, int max) {
		String value = text(node, key);
		try {
			int n = Integer.parseInt(value);
			if (n < min || n > max) {
				throw error(node, key, n < 0 ? "must not be negative (got " + n + ")" : "from " + min + " to " + max + " (got " + n + ")");
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw error(node, key, "expected a whole number, got '" + value + "'");
		}
	}

	private <T> T choice(Node node, String key, Function<String, T> parse) {
		String value = text(node, key);
		try {
			return parse.apply(value);
		}
		catch (IllegalArgumentException e) {
			throw error(node, key, "unknown value '" + value + "'");
		}
	}

	private static boolean strictBoolean(String value) {
		if (value.equals("true") || value.equals("false")) {
			return Boolean.parseBoolean(value);
		}
		throw new IllegalArgumentException(value);
	}

	private LocalDate date(Node node, String key) {
		String value = text(node, key);
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw error(node, key, "expected a date like 2026-10-01, got '" + value + "'");
		}
	}

	private PolicyFileException error(Node node, String key, String reason) {
		int line = node == null ? 1 : node.getStartMark().getLine() + 1;
		return new PolicyFileException(file, line, key, reason);
	}
}
