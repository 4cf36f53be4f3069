package org.ecooversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.ecooversight.audit.Verification;
import org.ecooversight.audit.VerifyingTheRecord;
import org.ecooversight.identity.Users;
import org.ecooversight.intake.Channel;
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
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administration (系统管理) with the three administrator roles kept apart (等保三级, GB/T 22239): the
 * system administrator reads the organisation (units, posts and who holds them today), the regions,
 * the responsibility map and the jurisdiction's policy with each value's source; the security
 * administrator reads the accounts and their roles (never a password); the audit administrator
 * verifies the tamper-evident record. Each sees only their own section. Read-only for now: changes
 * go through the API.
 */
@Controller
class AdministrationController {

	private static final String ACTIVE_NAV = "/admin";
	private static final String NO_SOURCE = "策略文件未注明出处";

	private final Organisation organisation;
	private final Regions regions;
	private final ResponsibilityMap responsibilities;
	private final Domains domains;
	private final Policies policies;
	private final Users users;
	private final VerifyingTheRecord verifying;
	private final Clock clock;
	private final String jurisdiction;

	AdministrationController(Organisation organisation, Regions regions, ResponsibilityMap responsibilities,
			Domains domains, Policies policies, Users users, VerifyingTheRecord verifying, Clock clock,
			@Value("${eco.jurisdiction.region-code}") String jurisdiction) {
		this.organisation = organisation;
		this.regions = regions;
		this.responsibilities = responsibilities;
		this.domains = domains;
		this.policies = policies;
		this.users = users;
		this.verifying = verifying;
		this.clock = clock;
		this.jurisdiction = jurisdiction;
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
		model.addAttribute("verifiedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(v.verifiedAt().atZone(ChinaTime.ZONE)));
		return "admin/verification";
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
		for (Unit unit : units) {
			if (unit.kind() == UnitKind.ENTERPRISE) {
				continue;
			}
			Map<UUID, List<PostHolder>> holders = organisation.holdersOn(unit.id(), today)
				.stream()
				.collect(Collectors.groupingBy(h -> h.post().id().value()));
			List<PostLine> posts = organisation.posts(unit.id())
				.stream()
				.map(p -> new PostLine(p.title(), p.kind().label(), holders.getOrDefault(p.id().value(), List.of())
					.stream()
					.map(h -> h.person().name() + "（" + h.tenure().start() + " 起）")
					.toList()))
				.toList();
			lines.add(new UnitLine(unit.name(), unit.kind().label(), regionName(unit.regionCode()), unit.code(), posts));
		}
		model.addAttribute("units", lines);
		model.addAttribute("county", regions.find(jurisdiction).map(Region::name).orElse(jurisdiction));
		model.addAttribute("towns", regions.children(jurisdiction));
		Map<String, String> domainNames = new HashMap<>();
		domains.all().forEach(d -> domainNames.put(d.code(), d.nameZh()));
		model.addAttribute("entries", responsibilities.entries()
			.stream()
			.map(e -> new EntryLine(regionName(e.regionCode()),
					e.domainCode() == null ? "全部领域" : domainNames.getOrDefault(e.domainCode(), e.domainCode()),
					e.kind().label(), unitNames.getOrDefault(e.unitId().value(), "（未知单位）"), e.note()))
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
					u.unitId() == null ? "—" : unitNames.getOrDefault(u.unitId(), "（未知单位）"),
					u.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、")), u.enabled()))
			.toList();
	}

	record UnitLine(String name, String kind, String region, String code, List<PostLine> posts) {
	}

	record PostLine(String title, String kind, List<String> holders) {
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
		List<PolicySection> sections = new ArrayList<>();

		List<PolicyRow> rectification = new ArrayList<>();
		rectification.add(period("默认整改期限", p.defaultRectification()));
		p.rectificationByChannel().forEach((channel, period) -> rectification.add(period(channelLabel(channel), period)));
		p.rectificationBySeverity().forEach((severity, period) -> rectification.add(period(severityLabel(severity), period)));
		sections.add(new PolicySection("整改期限", rectification));

		sections.add(new PolicySection("提醒阶梯（提醒机制）", p.reminderLadder()
			.stream()
			.map(s -> new PolicyRow(s.kind().label(), (s.when() == JurisdictionPolicy.When.BEFORE_DEADLINE ? "期限前 " : "逾期后 ")
					+ s.workingDays() + " 个工作日", s.source()))
			.toList()));

		sections.add(new PolicySection("约谈", List.of(period("约谈后报告整改落实情况", p.interviewReport()),
				new PolicyRow("约谈审批人", roleLabel(p.interviewApprover()), NO_SOURCE))));

		sections.add(new PolicySection("回头看", List.of(period("销号后回头看", p.lookBack()))));

		sections.add(new PolicySection("颜色预警", List.of(new PolicyRow("蓝色预警",
				"距整改期限不足 " + p.blueWorkingDaysBeforeDeadline() + " 个工作日（黄色：落后于阶段目标；红色：已逾期）", NO_SOURCE))));

		var ext = p.extensions();
		sections.add(new PolicySection("延期", List.of(new PolicyRow("最多延期次数", ext.maxCount() + " 次", ext.source()),
				new PolicyRow("每次最多延长", ext.maxWorkingDays() + " 个工作日", ext.source()),
				new PolicyRow("审批人", roleLabel(ext.approverRole()), ext.source()))));

		var sup = p.supervision();
		sections.add(new PolicySection("督办（严管机制）", List.of(
				new PolicyRow("可下达督办的角色", sup.issuers().stream().map(this::roleLabel).collect(Collectors.joining("、")),
						sup.source()),
				period("督办期间报告频次", sup.reportEvery()),
				new PolicyRow("连续未按期报告即建议约谈", sup.interviewProposalAfterMissedReports() + " 次", sup.source()))));

		var acc = p.accountability();
		List<PolicyRow> accountability = new ArrayList<>();
		accountability.add(new PolicyRow("问责机关", unitKindLabel(acc.organ()), NO_SOURCE));
		accountability.add(new PolicyRow("移送或主动发现时的追责对象", pursuit(acc.defaultPursuit()), NO_SOURCE));
		accountability.add(period("移送后反馈期限", acc.referralFeedback()));
		for (JurisdictionPolicy.TriggerRule rule : acc.rules()) {
			List<String> thresholds = new ArrayList<>();
			if (rule.count() > 1) {
				thresholds.add(rule.count() + " 次");
			}
			if (rule.withinDays() != null) {
				thresholds.add(rule.withinDays() + " 日内");
			}
			if (rule.afterDays() != null) {
				thresholds.add("约谈后 " + rule.afterDays() + " 日");
			}
			accountability.add(new PolicyRow(rule.name(), "条件：" + rule.condition().label()
					+ (thresholds.isEmpty() ? "" : "（" + String.join("，", thresholds) + "）") + "；追责："
					+ pursuit(rule.pursue()) + (rule.organ() == null ? "" : "；问责机关：" + unitKindLabel(rule.organ())),
					rule.source()));
		}
		sections.add(new PolicySection("问责触发规则（触发机制）", accountability));

		if (!p.localHolidays().isEmpty()) {
			sections.add(new PolicySection("本地节假日调整", p.localHolidays()
				.stream()
				.map(h -> new PolicyRow(h.date().toString(), (h.working() ? "调休上班" : "放假") + "：" + h.name(), NO_SOURCE))
				.toList()));
		}
		return sections;
	}

	private static PolicyRow period(String item, Period period) {
		return new PolicyRow(item, period.days() + (period.count() == JurisdictionPolicy.DayCount.WORKING_DAYS
				? " 个工作日" : " 日（自然日）"), period.source());
	}

	private static String channelLabel(String channel) {
		return Arrays.stream(Channel.values())
			.filter(c -> c.name().equals(channel))
			.findFirst()
			.map(c -> "渠道：" + c.label())
			.orElse(channel);
	}

	private static String severityLabel(String severity) {
		switch (severity) {
			case "GENERAL":
				return "一般问题";
			case "SERIOUS":
				return "较重问题";
			case "MAJOR":
				return "重大问题";
			default:
				return severity;
		}
	}

	private String roleLabel(String role) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().map(Role::label).orElse(role);
	}

	private static String unitKindLabel(String kind) {
		return Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(kind)).findFirst().map(UnitKind::label).orElse(kind);
	}

	private static String pursuit(Map<String, List<String>> pursuit) {
		return pursuit.entrySet()
			.stream()
			.map(e -> Arrays.stream(ResponsibilityKind.values())
				.filter(k -> k.name().equals(e.getKey()))
				.findFirst()
				.map(ResponsibilityKind::label)
				.orElse(e.getKey()) + "（"
					+ e.getValue()
						.stream()
						.map(k -> Arrays.stream(PostKind.values())
							.filter(p -> p.name().equals(k))
							.findFirst()
							.map(PostKind::label)
							.orElse(k))
						.collect(Collectors.joining("、"))
					+ "）")
			.collect(Collectors.joining("；"));
	}
}
