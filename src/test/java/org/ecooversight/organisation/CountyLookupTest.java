package org.ecooversight.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The county's own units and its leaders in charge, as notices, reminders and triggers ask for them. */
@DisplayName("县级单位与分管领导查询 / the county's units and leaders in charge")
class CountyLookupTest extends PlatformTest {

	static final Actor ADMIN = new Actor("sysadmin", null, Set.of(Role.SYSTEM_ADMIN));

	@Autowired
	Organisation organisation;

	@Autowired
	AdministeringOrganisation administering;

	@Test
	@DisplayName("本县的工作专班、纪委监委：按单位类型找到本县的那一个")
	void theCountysUnitOfAKind() {
		assertThat(organisation.countyUnit(UnitKind.TASK_FORCE)).isEqualTo(organisation.unitByCode("SQ-TASKFORCE"));
		assertThat(organisation.countyUnit(UnitKind.DISCIPLINE_COMMISSION).orElseThrow().regionCode()).isEqualTo("610922");
	}

	@Test
	@DisplayName("新任命的分管领导在任职之日起出现在分管领导中（查询结果不因缓存而过时）")
	void aNewAppointmentShowsAmongTheLeadersInChargeFromItsFirstDay() {
		LocalDate firstDay = LocalDate.of(2090, 1, 1);
		List<LeaderInCharge> before = organisation.leadersInCharge(List.of("AIR"), firstDay);
		assertThat(before).as("the county's general deputy in charge").isNotEmpty();

		Unit committee = organisation.countyUnit(UnitKind.PARTY_COMMITTEE).orElseThrow();
		Post post = administering.createPost(committee.id(), PostKind.DEPUTY_IN_CHARGE, "县委常委（分管大气污染防治）", "AIR", ADMIN);
		Person person = administering.createPerson("测试分管领导", null, ADMIN);
		administering.appoint(post.id(), person.id(), firstDay, null, ADMIN);

		List<LeaderInCharge> after = organisation.leadersInCharge(List.of("AIR"), firstDay);
		assertThat(after).hasSize(before.size() + 1);
		assertThat(after).extracting(l -> l.holder().person().name()).contains("测试分管领导");
		assertThat(organisation.leadersInCharge(List.of("AIR"), firstDay.minusDays(1))).hasSize(before.size());
	}
}
