package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger ordered by a column (issue 5, item 2: "filter ... sort; page through tens of
 * thousands"), on H2 and PostgreSQL alike: deadlines earliest or latest first with the unassigned
 * last either way, codes both ways, ties broken so that pages never repeat or skip a problem; and
 * a problem found by its code only by those who may see it.
 */
@DisplayName("问题台账排序 / ordering the ledger")
class LedgerOrderTest extends PlatformTest {

	private static final Actor TASK_FORCE = new Actor("taskforce", null, EnumSet.of(Role.TASK_FORCE_MEMBER));

	@Autowired
	ProblemQueries queries;

	@Test
	@DisplayName("按整改期限正序、倒序排列，未交办的始终排在最后；按编号排列；分页不重不漏")
	void byDeadlineAndCodeWithTheUnassignedLast() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String late = acceptedProblem(CHIHE, "排序测试 晚 " + tag, "AIR");
		String early = acceptedProblem(CHIHE, "排序测试 早 " + tag, "AIR");
		String unassigned = acceptedProblem(CHIHE, "排序测试 未交办 " + tag, "AIR");
		act("taskforce", late, "assign", Map.of("requirements", "限期整改", "deadline", today().plusDays(40).toString()));
		act("taskforce", early, "assign", Map.of("requirements", "限期整改", "deadline", today().plusDays(10).toString()));
		ProblemQueries.Filter mine = new ProblemQueries.Filter(null, null, null, null, null, null, null, null, tag);

		assertThat(ids(queries.list(mine, ProblemQueries.Sort.DEADLINE, true, TASK_FORCE, 0, 10)))
			.containsExactly(early, late, unassigned);
		assertThat(ids(queries.list(mine, ProblemQueries.Sort.DEADLINE, false, TASK_FORCE, 0, 10)))
			.containsExactly(late, early, unassigned);
		// opened in this order, so their codes rise in it
		assertThat(ids(queries.list(mine, ProblemQueries.Sort.CODE, true, TASK_FORCE, 0, 10)))
			.containsExactly(late, early, unassigned);
		assertThat(ids(queries.list(mine, ProblemQueries.Sort.CODE, false, TASK_FORCE, 0, 10)))
			.containsExactly(unassigned, early, late);
		// one a page: every problem once, in the same order
		List<String> paged = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			paged.addAll(ids(queries.list(mine, ProblemQueries.Sort.DEADLINE, true, TASK_FORCE, page, 1)));
		}
		assertThat(paged).containsExactly(early, late, unassigned);
		// a bounded count ("more than ..."), as the ledger page asks for it, and the exact one below the bound
		ProblemQueries.Page bounded = queries.list(mine, ProblemQueries.Sort.ACCEPTED, false, TASK_FORCE, 0, 1, 1);
		assertThat(bounded.totalAtLeast()).isTrue();
		assertThat(bounded.total()).as("at least the page asked for and the next").isEqualTo(2);
		ProblemQueries.Page exact = queries.list(mine, ProblemQueries.Sort.ACCEPTED, false, TASK_FORCE, 0, 1, 5);
		assertThat(exact.totalAtLeast()).isFalse();
		assertThat(exact.total()).isEqualTo(3);
		assertThat(ProblemQueries.Sort.of("deadline")).isEqualTo(ProblemQueries.Sort.DEADLINE);
		assertThat(ProblemQueries.Sort.of("nonsense")).isNull();
	}

	@Test
	@DisplayName("按编号找到问题；无权查看的单位找不到")
	void aProblemIsFoundByItsCodeOnlyByThoseWhoMaySeeIt() throws Exception {
		String problem = acceptedProblem(HOULIU, unique("编号查找测试"), "WATER");
		String code = get("taskforce", "/api/v1/problems/" + problem).text("code");
		assertThat(queries.idOfCode(code.toLowerCase(java.util.Locale.ROOT), TASK_FORCE)).hasValueSatisfying(
				id -> assertThat(id.value().toString()).isEqualTo(problem));
		Actor otherUnit = new Actor("other", UUID.randomUUID(), EnumSet.of(Role.TOWN_HANDLER));
		assertThat(queries.idOfCode(code, otherUnit)).isEmpty();
		assertThat(queries.idOfCode("SQ-1999-999999", TASK_FORCE)).isEmpty();
	}

	private static List<String> ids(ProblemQueries.Page page) {
		return page.items().stream().map(l -> l.id().value().toString()).toList();
	}
}
