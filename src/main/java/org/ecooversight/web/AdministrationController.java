package org.ecooversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.ecooversight.audit.Verification;
import org.ecooversight.audit.VerifyingTheRecord;
import org.ecooversight.identity.Users;
import org.ecooversight.intake.Channel;
import org.ecooversight.ledger.EventWords;
import org.ecooversight.ledger.Severity;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.policy.JurisdictionPolicy;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.policy.Policies;
import org.ecooversight.region.Region;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.responsibility.ResponsibilityMap;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.Labels;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administration (系统管理) with the three administrator roles kept apart (等保三级, GB/T 22239): the
 * system administrator reads the organisation (units, posts and who holds them today), the regions,
 * the responsibility map and the jurisdiction's policy with each value's source; the security
 * administrator reads the accounts and their roles (never a password); the audit administrator
 * verifies the tamper-evident record. Each sees only their own section. The policy is read-only;
 * appointments and new accounts are entered through {@link AdministrationForms}, other changes through the API. The words are {@code messages/admin*.properties} in the user's language; the
 * names of units, persons, regions and rules and the policy's sources are data, shown as recorded.
 */
@Controller
class AdministrationController {

	private static final String ACTIVE_NAV = "/admin";

	private final Organisation organisation;
	private final Regions regions;
	private final ResponsibilityMap responsibilities;
	private final Domains domains;
	private final Policies policies;
	private final Users users;
	private final VerifyingTheRecord verifying;
	private final Clock clock;
	private final String jurisdiction;
	private final Labels labels;
	private final MessageSource messages;

	AdministrationController(Organisation organisation, Regions regions, ResponsibilityMap responsibilities,
			Domains domains, Policies policies, Users users, VerifyingTheRecord verifying, Clock clock,
			Jurisdiction jurisdiction, Labels labels, MessageSource messages) {
		this.labels = labels;
		this.messages = messages;
		this.organisation = organisation;
		this.regions = regions;
		this.responsibilities = responsibilities;
		this.domains = domains;
		this.policies = policies;
		this.users = users;
		this.verifying = verifying;
		this.clock = clock;
		this.jurisdiction = jurisdiction.regionCode();
	}

	@GetMapping("/admin")
	String admin(Actor actor, Model model) {
		boolean system = actor.hasAnyRole(Role.SYSTEM_ADMIN);
		boolean security = actor.hasAnyRole(Role.SECURITY_ADMIN);
		boolean audit = actor.hasAnyRole(Role.AUDIT_ADMIN);
		if (!system && !security && !audit) {
			throw new ForbiddenException("administration is for the system, security and audit administrators");
		}
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("system", system);
		model.addAttribute("security", security);
		model.addAttribute("audit", audit);
		if (system) {
			systemSection(model);
		}
		if (security) {
			model.addAttribute("accounts", accounts());
			model.addAttribute("accountUnits", organisation.units()
				.stream()
				.filter(u -> u.kind() != UnitKind.ENTERPRISE)
				.toList());
			model.addAttribute("roles", Role.values());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("form", Map.of());
		}
		return "admin/index";
	}

	/** The verification, on its own address: the administration page loads it (htmx) after showing itself. */
	@GetMapping("/admin/verification")
	String verification(Actor actor, Model model) {
		if (!actor.hasAnyRole(Role.AUDIT_ADMIN)) {
			throw new ForbiddenException("verifying the record from administration is for the audit administrator");
		}
		Verification v = verifying.verify();
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("v", v);
		model.addAttribute("breaks", v.breaks().stream().map(BreakLine::of).toList());
		model.addAttribute("more", v.brokenStreams() - v.breaks().stream().filter(b -> b.streamId() != null).count());
		model.addAttribute("verifiedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(v.verifiedAt().atZone(ChinaTime.ZONE)));
		return "admin/verification";
	}

	/**
	 * One broken stream as the audit administrator reads it: what it records (a problem, a case, ...)
	 * and its name, the entry and its words, and why it no longer matches (words by {@code kind}).
	 */
	record BreakLine(String streamType, String name, Integer seq, String eventType, String eventWords, String kind) {

		static BreakLine of(Verification.Break b) {
			String words = b.eventType() == null ? null : EventWords.of(b.eventType());
			return new BreakLine(b.streamType() == null ? "?" : b.streamType(), b.name(), b.seq(),
					b.eventType() == null ? "" : b.eventType(), words == null || words.equals(b.eventType()) ? null : words,
					b.kind().name());
		}
	}

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("refusal", "error.admin.refusal");
		return "error/403";
	}

	private void systemSection(Model model) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		List<Unit> units = organisation.units();
		Map<UUID, String> unitNames = units.stream().collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		List<UnitLine> lines = new ArrayList<>();
		List<PostOption> postOptions = new ArrayList<>();
		for (Unit unit : units) {
			if (unit.kind() == UnitKind.ENTERPRISE) {
				continue;
			}
			Map<UUID, List<PostHolder>> holders = organisation.holdersOn(unit.id(), today)
				.stream()
				.collect(Collectors.groupingBy(h -> h.post().id().value()));
			organisation.posts(unit.id())
				.forEach(p -> postOptions.add(new PostOption(p.id().value(), unit.name() + " · " + p.title(),
						holders.getOrDefault(p.id().value(), List.of())
							.stream()
							.map(h -> h.person().name())
							.collect(Collectors.joining(msg("list.separator"))))));
			List<PostLine> posts = organisation.posts(unit.id())
				.stream()
				.map(p -> new PostLine(p.title(), labels.of(p.kind()), holders.getOrDefault(p.id().value(), List.of())
					.stream()
					.map(h -> new HolderLine(h.person().name(), h.tenure().start()))
					.toList()))
				.toList();
			lines.add(new UnitLine(unit.name(), labels.of(unit.kind()), regionName(unit.regionCode()), unit.code(), posts));
		}
		model.addAttribute("units", lines);
		model.addAttribute("postOptions", postOptions);
		model.addAttribute("persons", organisation.persons());
		model.addAttribute("county", regions.find(jurisdiction).map(Region::name).orElse(jurisdiction));
		model.addAttribute("towns", regions.children(jurisdiction));
		boolean chinese = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> domainNames = new HashMap<>();
		domains.all()
			.forEach(d -> domainNames.put(d.code(),
					chinese || d.nameEn() == null ? d.nameZh() : StringUtils.capitalize(d.nameEn())));
		model.addAttribute("entries", responsibilities.entries()
			.stream()
			.map(e -> new EntryLine(regionName(e.regionCode()),
					e.domainCode() == null ? msg("admin.map.allDomains")
							: domainNames.getOrDefault(e.domainCode(), e.domainCode()),
					labels.of(e.kind()), unitNames.getOrDefault(e.unitId().value(), msg("admin.unknownUnit")), e.note()))
			.toList());
		model.addAttribute("policy", policies.current());
		model.addAttribute("policySections", policySections(policies.current()));
	}

	private String regionName(String code) {
		if (code == null) {
			return "";
		}
		return regions.find(code).map(Region::name).orElse(code);
	}

	private List<AccountLine> accounts() {
		Map<UUID, String> unitNames = organisation.units()
			.stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		return users.all()
			.stream()
			.map(u -> new AccountLine(u.username(), u.displayName(),
					u.unitId() == null ? "—" : unitNames.getOrDefault(u.unitId(), msg("admin.unknownUnit")),
					u.roles().stream().sorted().map(labels::of).collect(Collectors.joining(msg("list.separator"))),
					u.enabled()))
			.toList();
	}

	record UnitLine(String name, String kind, String region, String code, List<PostLine> posts) {
	}

	/** A post to appoint to, with who holds it today (blank when vacant). */
	record PostOption(UUID id, String label, String holders) {
	}

	record PostLine(String title, String kind, List<HolderLine> holders) {
	}

	/** Who holds a post today, and since when. */
	record HolderLine(String name, LocalDate since) {
	}

	record EntryLine(String region, String domain, String responsibility, String unit, String note) {
	}

	record AccountLine(String username, String displayName, String unit, String roles, boolean enabled) {
	}

	/** A group of the policy's values. */
	record PolicySection(String title, List<PolicyRow> rows) {
	}

	/** One value of the policy, in words, with the source the policy file gives for it. */
	record PolicyRow(String item, String value, String source) {
	}

	private List<PolicySection> policySections(JurisdictionPolicy p) {
		String noSource = msg("admin.policy.noSource");
		List<PolicySection> sections = new ArrayList<>();

		List<PolicyRow> rectification = new ArrayList<>();
		rectification.add(period("admin.policy.defaultRectification", p.defaultRectification()));
		p.rectificationByChannel()
			.forEach((channel, period) -> rectification.add(period(channelLabel(channel), period.source(), period)));
		p.rectificationBySeverity()
			.forEach((severity, period) -> rectification.add(period(severityLabel(severity), period.source(), period)));
		sections.add(new PolicySection(msg("admin.policy.rectification"), rectification));

		sections.add(new PolicySection(msg("admin.policy.ladder"), p.reminderLadder()
			.stream()
			.map(s -> new PolicyRow(labels.of(s.kind()), msg(s.when() == JurisdictionPolicy.When.BEFORE_DEADLINE
					? "admin.policy.ladder.before" : "admin.policy.ladder.after", s.workingDays()), s.source()))
			.toList()));

		sections.add(new PolicySection(msg("admin.policy.interview"),
				List.of(period("admin.policy.interviewReport", p.interviewReport()),
						new PolicyRow(msg("admin.policy.interviewApprover"), roleLabel(p.interviewApprover()), noSource))));

		sections.add(new PolicySection(msg("admin.policy.lookBack"),
				List.of(period("admin.policy.lookBackAfter", p.lookBack()))));

		sections.add(new PolicySection(msg("admin.policy.colours"), List.of(new PolicyRow(msg("admin.policy.blue"),
				msg("admin.policy.blue.value", p.blueWorkingDaysBeforeDeadline()), noSource))));

		var ext = p.extensions();
		sections.add(new PolicySection(msg("admin.policy.extensions"),
				List.of(new PolicyRow(msg("admin.policy.extensions.maxCount"), msg("admin.policy.times", ext.maxCount()),
						ext.source()),
						new PolicyRow(msg("admin.policy.extensions.maxDays"), msg("admin.policy.days.working", ext.maxWorkingDays()),
								ext.source()),
						new PolicyRow(msg("admin.policy.extensions.approver"), roleLabel(ext.approverRole()), ext.source()))));

		var sup = p.supervision();
		sections.add(new PolicySection(msg("admin.policy.supervision"), List.of(
				new PolicyRow(msg("admin.policy.supervision.issuers"),
						sup.issuers().stream().map(this::roleLabel).collect(Collectors.joining(msg("list.separator"))),
						sup.source()),
				period("admin.policy.supervision.reportEvery", sup.reportEvery()),
				new PolicyRow(msg("admin.policy.supervision.missed"),
						msg("admin.policy.times", sup.interviewProposalAfterMissedReports()), sup.source()))));

		var acc = p.accountability();
		List<PolicyRow> accountability = new ArrayList<>();
		accountability.add(new PolicyRow(msg("admin.policy.accountability.organ"), unitKindLabel(acc.organ()), noSource));
		accountability.add(new PolicyRow(msg("admin.policy.accountability.defaultPursuit"), pursuit(acc.defaultPursuit()),
				noSource));
		accountability.add(period("admin.policy.accountability.referralFeedback", acc.referralFeedback()));
		for (JurisdictionPolicy.TriggerRule rule : acc.rules()) {
			List<String> thresholds = new ArrayList<>();
			if (rule.count() > 1) {
				thresholds.add(msg("admin.policy.times", rule.count()));
			}
			if (rule.withinDays() != null) {
				thresholds.add(msg("admin.policy.rule.within", rule.withinDays()));
			}
			if (rule.afterDays() != null) {
				thresholds.add(msg("admin.policy.rule.after", rule.afterDays()));
			}
			String value = msg("admin.policy.rule.condition", labels.of(rule.condition()))
					+ (thresholds.isEmpty() ? ""
							: msg("admin.policy.rule.thresholds",
									String.join(msg("admin.policy.rule.thresholdSeparator"), thresholds)))
					+ msg("admin.policy.rule.pursue", pursuit(rule.pursue()))
					+ (rule.organ() == null ? "" : msg("admin.policy.rule.organ", unitKindLabel(rule.organ())));
			accountability.add(new PolicyRow(rule.name(), value, rule.source()));
		}
		sections.add(new PolicySection(msg("admin.policy.accountability"), accountability));

		// Q 宣传机制 / S 通报曝光机制: what the public portal shows, and who publishes typical cases
		var disclosure = p.disclosure();
		var publicity = p.publicity();
		sections.add(new PolicySection(msg("admin.policy.publicity"), List.of(
				new PolicyRow(msg("admin.policy.disclosure.listed"),
						msg(disclosure.listedSupervision() ? "admin.policy.yes" : "admin.policy.no"), disclosure.source()),
				new PolicyRow(msg("admin.policy.disclosure.closed"),
						msg(disclosure.closedProblems() ? "admin.policy.yes" : "admin.policy.no"), disclosure.source()),
				new PolicyRow(msg("admin.policy.publicity.publishers"),
						publicity.publishers().stream().map(this::roleLabel).collect(Collectors.joining(msg("list.separator"))),
						publicity.source()))));

		if (!p.localHolidays().isEmpty()) {
			sections.add(new PolicySection(msg("admin.policy.holidays"), p.localHolidays()
				.stream()
				.map(h -> new PolicyRow(h.date().toString(),
						msg(h.working() ? "admin.policy.holiday.working" : "admin.policy.holiday.off", h.name()), noSource))
				.toList()));
		}
		return sections;
	}

	/** A message of the user's language. */
	private String msg(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
	}

	private PolicyRow period(String itemKey, Period period) {
		return period(msg(itemKey), period.source(), period);
	}

	private PolicyRow period(String item, String source, Period period) {
		return new PolicyRow(item, msg(period.count() == JurisdictionPolicy.DayCount.WORKING_DAYS ? "admin.policy.days.working"
				: "admin.policy.days.calendar", period.days()), source);
	}

	private String channelLabel(String channel) {
		return words(Channel.class, channel).map(c -> msg("admin.policy.channel", c)).orElse(channel);
	}

	private String severityLabel(String severity) {
		return words(Severity.class, severity).map(s -> msg("admin.policy.severity", s)).orElse(severity);
	}

	private String roleLabel(String role) {
		return words(Role.class, role).orElse(role);
	}

	private String unitKindLabel(String kind) {
		return words(UnitKind.class, kind).orElse(kind);
	}

	/** The words of the value of that name, as the policy file names it, in the user's language. */
	private <E extends Enum<E>> Optional<String> words(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().map(labels::of);
	}

	private String pursuit(Map<String, List<String>> pursuit) {
		return pursuit.entrySet()
			.stream()
			.map(e -> msg("admin.policy.pursuit.entry", words(ResponsibilityKind.class, e.getKey()).orElse(e.getKey()),
					e.getValue()
						.stream()
						.map(k -> words(PostKind.class, k).orElse(k))
						.collect(Collectors.joining(msg("list.separator")))))
			.collect(Collectors.joining(msg("admin.policy.pursuit.separator")));
	}
}
