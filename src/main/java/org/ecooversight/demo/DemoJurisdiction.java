package org.ecooversight.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecooversight.identity.Users;
import org.ecooversight.intake.CreditCode;
import org.ecooversight.organisation.AdministeringOrganisation;
import org.ecooversight.organisation.AdministeringOrganisation.CreateUnit;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Person;
import org.ecooversight.organisation.Post;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.region.Region;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.responsibility.ResponsibilityMap;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds Shiquan county's organisation, responsibility map and demo accounts, once. */
@Component
@Order(10)
@ConditionalOnProperty(name = "eco.demo.enabled", havingValue = "true")
class DemoJurisdiction implements ApplicationRunner {

	static final String COUNTY = "610922";
	/** The password of every demo account (README). */
	static final String PASSWORD = "demo1234";

	private static final Logger log = LoggerFactory.getLogger(DemoJurisdiction.class);
	private static final String[] SURNAMES = { "张", "李", "王", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗" };
	private static final String ORDINALS = "甲乙丙丁戊己庚辛壬癸";

	private final Organisation organisation;
	private final AdministeringOrganisation admin;
	private final ResponsibilityMap map;
	private final Users users;
	private final Regions regions;
	private final PasswordEncoder passwords;
	private final TransactionTemplate transactions;
	private final DemoLedger ledger;
	private final boolean sampleProblems;
	private final Actor seeder = new Actor("demo-seed", null, Set.of(Role.SYSTEM_ADMIN));
	private int personCount;

	DemoJurisdiction(Organisation organisation, AdministeringOrganisation admin, ResponsibilityMap map, Users users,
			Regions regions, PasswordEncoder passwords, TransactionTemplate transactions, DemoLedger ledger,
			@org.springframework.beans.factory.annotation.Value("${eco.demo.sample-problems:true}") boolean sampleProblems) {
		this.ledger = ledger;
		this.sampleProblems = sampleProblems;
		this.organisation = organisation;
		this.admin = admin;
		this.map = map;
		this.users = users;
		this.regions = regions;
		this.passwords = passwords;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (organisation.unitByCode("SQ-GOV").isPresent()) {
			return;
		}
		transactions.executeWithoutResult(tx -> seed());
		if (sampleProblems) {
			transactions.executeWithoutResult(tx -> ledger.seed());
		}
		log.info("Seeded the demo jurisdiction 石泉县 (610922): {} units, {} persons, demo accounts with password {}",
				organisation.units().size(), personCount, PASSWORD);
	}

	private void seed() {
		Map<String, Unit> u = new LinkedHashMap<>();
		u.put("PC", unit("SQ-PC", "中共石泉县委员会", "县委", UnitKind.PARTY_COMMITTEE, COUNTY));
		u.put("GOV", unit("SQ-GOV", "石泉县人民政府", "县政府", UnitKind.GOVERNMENT, COUNTY));
		u.put("EPC", unit("SQ-EPC", "石泉县生态环境保护委员会", "县生态环境保护委员会", UnitKind.PROTECTION_COMMITTEE, COUNTY));
		u.put("OFFICE", unit("SQ-EPC-OFFICE", "石泉县生态环境保护委员会办公室", "县生态环境保护委员会办公室", UnitKind.COMMITTEE_OFFICE, COUNTY));
		u.put("DRC", unit("SQ-DRC", "石泉县发展和改革局（县秦岭办）", "县发改局（秦岭办）", UnitKind.DEPARTMENT, COUNTY));
		u.put("NR", unit("SQ-NR", "石泉县自然资源局", "县自然资源局", UnitKind.DEPARTMENT, COUNTY));
		u.put("HOUSING", unit("SQ-HOUSING", "石泉县住房和城乡建设局", "县住建局", UnitKind.DEPARTMENT, COUNTY));
		u.put("WATER", unit("SQ-WATER", "石泉县水利局", "县水利局", UnitKind.DEPARTMENT, COUNTY));
		u.put("FORESTRY", unit("SQ-FORESTRY", "石泉县林业局", "县林业局", UnitKind.DEPARTMENT, COUNTY));
		u.put("EEB", unit("SQ-EEB", "安康市生态环境局石泉分局", "生态环境分局", UnitKind.DEPARTMENT, COUNTY));
		u.put("AGRI", unit("SQ-AGRI", "石泉县农业农村局", "县农业农村局", UnitKind.DEPARTMENT, COUNTY));
		u.put("TRANSPORT", unit("SQ-TRANSPORT", "石泉县交通运输局", "县交通运输局", UnitKind.DEPARTMENT, COUNTY));
		u.put("URBAN", unit("SQ-URBAN", "石泉县城市管理执法局", "县城管局", UnitKind.DEPARTMENT, COUNTY));
		u.put("POLICE", unit("SQ-POLICE", "石泉县公安局", "县公安局", UnitKind.DEPARTMENT, COUNTY));
		u.put("AUDIT", unit("SQ-AUDIT", "石泉县审计局", "县审计局", UnitKind.DEPARTMENT, COUNTY));
		u.put("CDI", unit("SQ-CDI", "中共石泉县纪律检查委员会 石泉县监察委员会", "县纪委监委", UnitKind.DISCIPLINE_COMMISSION, COUNTY));
		u.put("ASSESS", unit("SQ-ASSESS", "石泉县目标责任考核办公室", "县考核办", UnitKind.ASSESSMENT_OFFICE, COUNTY));
		u.put("TASKFORCE", unit("SQ-TASKFORCE", "石泉县生态建设和环境保护督查巡查工作专班", "督查巡查工作专班", UnitKind.TASK_FORCE, COUNTY));

		LocalDate since = LocalDate.of(2024, 1, 1);
		// County leaders: the first responsible persons and the deputies in charge.
		appoint(post(u.get("PC"), PostKind.PARTY_SECRETARY, "县委书记", null), since);
		appoint(post(u.get("GOV"), PostKind.GOVERNMENT_HEAD, "县长", null), since);
		appoint(post(u.get("GOV"), PostKind.DEPUTY_IN_CHARGE, "副县长（分管生态环境保护）", null), since);
		appoint(post(u.get("GOV"), PostKind.DEPUTY_IN_CHARGE, "副县长（分管自然资源、林业）", "FORESTRY"), since);
		appoint(post(u.get("GOV"), PostKind.DEPUTY_IN_CHARGE, "副县长（分管住建、城管）", "CONSTRUCTION_DUST"), since);
		appoint(post(u.get("OFFICE"), PostKind.OFFICE_DIRECTOR, "办公室主任", null), since);
		appoint(post(u.get("CDI"), PostKind.DISCIPLINE_SECRETARY, "县纪委书记、监委主任", null), since);
		for (String key : List.of("DRC", "NR", "HOUSING", "WATER", "FORESTRY", "EEB", "AGRI", "TRANSPORT", "URBAN", "POLICE", "AUDIT")) {
			String head = key.equals("EEB") ? "分局局长" : "局长";
			appoint(post(u.get(key), PostKind.DEPARTMENT_HEAD, head, null), since);
			appoint(post(u.get(key), PostKind.DEPUTY_HEAD, "副局长（分管生态环境保护）", null), since);
		}
		// The task force: a leader, a deputy and ten members seconded from the departments the county document names.
		Unit taskForce = u.get("TASKFORCE");
		appoint(post(taskForce, PostKind.TASK_FORCE_LEADER, "专班组长", null), since, u.get("OFFICE"));
		appoint(post(taskForce, PostKind.TASK_FORCE_DEPUTY, "专班副组长", null), since, u.get("EEB"));
		List<String> seconding = List.of("DRC", "NR", "HOUSING", "WATER", "FORESTRY", "EEB", "DRC", "NR", "HOUSING", "EEB");
		for (int i = 0; i < seconding.size(); i++) {
			appoint(post(taskForce, PostKind.TASK_FORCE_MEMBER, "专班成员" + (i + 1), null), since, u.get(seconding.get(i)));
		}

		// The 11 towns, each with its party committee and government.
		Map<String, Unit> townGovernments = new LinkedHashMap<>();
		for (Region town : regions.children(COUNTY)) {
			String code = town.code();
			Unit committee = unit("SQ-T" + code + "-PC", "中共石泉县" + town.name() + "委员会", town.name() + "党委", UnitKind.PARTY_COMMITTEE, code);
			Unit government = unit("SQ-T" + code + "-GOV", "石泉县" + town.name() + "人民政府", town.name() + "政府", UnitKind.GOVERNMENT, code);
			townGovernments.put(code, government);
			Post secretary = post(committee, PostKind.PARTY_SECRETARY, "镇党委书记", null);
			if (town.name().equals("池河镇")) {
				// A post that changed hands: who held it on a given day matters when responsibility is pursued.
				Person before = person();
				admin.appoint(secretary.id(), before.id(), LocalDate.of(2021, 6, 1), null, seeder);
				var tenure = organisation.tenures(secretary.id()).get(0);
				admin.endTenure(tenure.id(), LocalDate.of(2026, 5, 31), seeder);
				appoint(secretary, LocalDate.of(2026, 6, 1));
			}
			else {
				appoint(secretary, since);
			}
			// the town's discipline committee holds the oversight responsibility on its territory (三责同追)
			appoint(post(committee, PostKind.DISCIPLINE_SECRETARY, "镇纪委书记", null), since);
			appoint(post(government, PostKind.GOVERNMENT_HEAD, "镇长", null), since);
			appoint(post(government, PostKind.DEPUTY_IN_CHARGE, "副镇长（分管生态环境保护）", null), since);
		}

		// Regulated entities (names invented): an industrial park and a few enterprises.
		unit("SQ-PARK", "石泉县城东工业集中区（演示）", "城东工业集中区", UnitKind.INDUSTRIAL_PARK, COUNTY);
		String[][] enterprises = { { "石泉县示例建材有限公司", "610922104" }, { "石泉县示例蚕丝制品有限公司", "610922100" },
				{ "石泉县示例生猪养殖专业合作社", "610922105" }, { "石泉县示例石料开采有限公司", "610922108" } };
		for (int i = 0; i < enterprises.length; i++) {
			String base = "91610922MA7" + String.format("%06d", i + 1);
			Unit e = admin.createUnit(new CreateUnit("SQ-ENT-" + (i + 1), enterprises[i][0], null, UnitKind.ENTERPRISE,
					enterprises[i][1], base + CreditCode.checkCharacterFor(base), null), seeder);
			appoint(post(e, PostKind.LEGAL_REPRESENTATIVE, "法定代表人", null), since);
		}

		seedResponsibilityMap(u, townGovernments);
		seedUsers(u, townGovernments);
	}

	/**
	 * The county document's division of labour: housing for construction dust, natural resources
	 * for mining and ecological damage, forestry for forest land, the eco-environment branch for
	 * pollution discharge, the Qinling office for Qinling protection; towns hold the territorial duty.
	 */
	private void seedResponsibilityMap(Map<String, Unit> u, Map<String, Unit> towns) {
		Map<String, String> regulators = new LinkedHashMap<>();
		for (String d : List.of("WATER", "AIR", "SOIL", "NOISE", "SOLID_WASTE", "RADIATION", "OTHER")) {
			regulators.put(d, "EEB");
		}
		regulators.put("ECOLOGY", "NR");
		regulators.put("MINING", "NR");
		regulators.put("QINLING", "DRC");
		regulators.put("CONSTRUCTION_DUST", "HOUSING");
		regulators.put("RIVER", "WATER");
		regulators.put("FORESTRY", "FORESTRY");
		regulators.put("LIVESTOCK", "AGRI");
		regulators.put("AGRICULTURE", "AGRI");
		regulators.put("TRANSPORT", "TRANSPORT");
		regulators.put("URBAN", "URBAN");
		regulators.forEach((domain, key) -> map.assign(COUNTY, domain, ResponsibilityKind.REGULATORY, u.get(key).id(),
				"管行业必须管环保", seeder));
		map.assign(COUNTY, null, ResponsibilityKind.PRIMARY, u.get("PC").id(), "党政同责", seeder);
		map.assign(COUNTY, null, ResponsibilityKind.PRIMARY, u.get("GOV").id(), "党政同责", seeder);
		map.assign(COUNTY, null, ResponsibilityKind.OVERSIGHT, u.get("CDI").id(), "监督责任", seeder);
		towns.forEach((code, government) -> map.assign(code, null, ResponsibilityKind.TERRITORIAL, government.id(),
				"属地责任、网格化监管", seeder));
	}

	private void seedUsers(Map<String, Unit> u, Map<String, Unit> towns) {
		String hash = passwords.encode(PASSWORD);
		user(hash, "taskforce", "专班成员（演示）", u.get("TASKFORCE"), Role.TASK_FORCE_MEMBER);
		user(hash, "tfleader", "专班组长（演示）", u.get("TASKFORCE"), Role.TASK_FORCE_LEADER);
		user(hash, "office", "委员会办公室（演示）", u.get("OFFICE"), Role.COMMITTEE_OFFICE);
		user(hash, "leader", "县领导（演示）", u.get("GOV"), Role.COUNTY_LEADER);
		user(hash, "discipline", "县纪委监委（演示）", u.get("CDI"), Role.DISCIPLINE_OFFICER);
		user(hash, "eeb", "生态环境分局经办人（演示）", u.get("EEB"), Role.DEPARTMENT_HANDLER);
		user(hash, "housing", "县住建局经办人（演示）", u.get("HOUSING"), Role.DEPARTMENT_HANDLER);
		user(hash, "natres", "县自然资源局经办人（演示）", u.get("NR"), Role.DEPARTMENT_HANDLER);
		user(hash, "forestry", "县林业局经办人（演示）", u.get("FORESTRY"), Role.DEPARTMENT_HANDLER);
		user(hash, "water", "县水利局经办人（演示）", u.get("WATER"), Role.DEPARTMENT_HANDLER);
		user(hash, "agri", "县农业农村局经办人（演示）", u.get("AGRI"), Role.DEPARTMENT_HANDLER);
		user(hash, "chengguan", "城关镇经办人（演示）", towns.get("610922100"), Role.TOWN_HANDLER);
		user(hash, "chihe", "池河镇经办人（演示）", towns.get("610922104"), Role.TOWN_HANDLER);
		user(hash, "houliu", "后柳镇经办人（演示）", towns.get("610922105"), Role.TOWN_HANDLER);
		user(hash, "sysadmin", "系统管理员（演示）", u.get("OFFICE"), Role.SYSTEM_ADMIN);
		user(hash, "secadmin", "安全管理员（演示）", u.get("OFFICE"), Role.SECURITY_ADMIN);
		user(hash, "auditadmin", "审计管理员（演示）", u.get("OFFICE"), Role.AUDIT_ADMIN);
	}

	/**
	 * A demo account with an e-mail address under an example domain. No mobile numbers: mainland
	 * numbers have no range reserved for fiction, and a demo with SMS switched on must not text anyone.
	 */
	private void user(String hash, String username, String name, Unit unit, Role role) {
		users.createWithHash(username, name, hash, unit.id().value(), null, EnumSet.of(role),
				username + "@shiquan.example.gov.cn", null, seeder);
	}

	private Unit unit(String code, String name, String shortName, UnitKind kind, String region) {
		return admin.createUnit(new CreateUnit(code, name, shortName, kind, region, null, null), seeder);
	}

	private Post post(Unit unit, PostKind kind, String title, String domain) {
		return admin.createPost(unit.id(), kind, title, domain, seeder);
	}

	private void appoint(Post post, LocalDate since) {
		appoint(post, since, null);
	}

	private void appoint(Post post, LocalDate since, Unit secondedFrom) {
		UnitId from = secondedFrom == null ? null : secondedFrom.id();
		admin.appoint(post.id(), person().id(), since, from, seeder);
	}

	/** An invented, plainly placeholder name: surname + 某 + ordinal (张某甲, 李某乙, ...). */
	private Person person() {
		int n = personCount++;
		String name = SURNAMES[n % SURNAMES.length] + "某" + ORDINALS.charAt((n / SURNAMES.length) % ORDINALS.length());
		return admin.createPerson(name, "演示人员，姓名虚构", seeder);
	}

}
