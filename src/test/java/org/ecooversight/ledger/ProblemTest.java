package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.intake.Channel;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Place;
import org.ecooversight.ledger.ProblemEvent.ProblemOpened;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.ConflictException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The aggregate alone, built through its own transitions: the rules of the ledger without a database. */
@DisplayName("问题台账规则 / the problem's own rules")
class ProblemTest {

	static final UnitId BRANCH = new UnitId(UUID.randomUUID());
	static final UnitId TOWN = new UnitId(UUID.randomUUID());
	static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

	static Problem aProblem(boolean severalRegulators) {
		return Problem.open(new ProblemOpened(new ProblemId(UUID.randomUUID()), "SQ-2026-000001",
				new LeadId(UUID.randomUUID()), Channel.HOTLINE_12369, "粉尘", new Place("610922104", null, null, null),
				List.of("AIR"), null, List.of(), BRANCH, List.of(TOWN), severalRegulators, List.of(), null, NOW, NOW, null, true));
	}

	@Test
	@DisplayName("脱敏之前记录的问题：重放时描述中的电话、身份证号按通用规则脱敏，留痕记录不改")
	void aProblemRecordedBeforeMaskingIsMaskedWhenReplayed() {
		ProblemId id = new ProblemId(UUID.randomUUID());
		var recorded = new ProblemOpened(id, "SQ-2025-000009", new LeadId(UUID.randomUUID()), Channel.HOTLINE_12369,
				"我是张三，电话13912345678，身份证610922199001011230", new Place("610922104", null, null, null),
				List.of("AIR"), null, List.of(), BRANCH, List.of(TOWN), false, List.of(), null, NOW, NOW, null, false);

		Problem replayed = Problem.replay(id, List.of(recorded));

		assertThat(replayed.opening().description()).isEqualTo("我是张*，电话139****5678，身份证610922********1230");
		assertThat(recorded.description()).contains("13912345678");
	}

	static Problem anAssignedProblem() {
		Problem p = aProblem(false);
		p.assign("石环督整〔2026〕1号", "限期整改", TODAY.plusDays(15), List.of(), List.of(), null, NOW, TODAY);
		return p;
	}

	@Test
	@DisplayName("评判退回：回到整改中，可再次申请销号")
	void aReturnedRectificationCanBeRequestedForClosureAgain() {
		Problem p = anAssignedProblem();
		p.requestClosure(BRANCH, "已整改", List.of(), NOW);
		p.evaluate(60, 50, 40, Verdict.RETURN, "效果不明显，继续整改", NOW);
		assertThat(p.status()).isEqualTo(ProblemStatus.RECTIFYING);
		assertThat(p.falseRectifications()).isZero();
		p.requestClosure(BRANCH, "补充整改完成", List.of(), NOW);
		assertThat(p.status()).isEqualTo(ProblemStatus.CLOSURE_REQUESTED);
		assertThat(p.evaluations()).hasSize(1);
	}

	@Test
	@DisplayName("只有牵头单位可以申请销号，配合单位不可以")
	void onlyTheLeadUnitAsksForClosure() {
		Problem p = anAssignedProblem();
		assertThatThrownBy(() -> p.requestClosure(TOWN, "已整改", List.of(), NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("lead unit");
		p.reportProgress(TOWN, "配合清理", 50, List.of(), NOW);
		assertThat(p.progress()).hasSize(1);
	}

	@Test
	@DisplayName("整改期限必须晚于整改期起算日")
	void aDeadlineMustFallAfterTheStartOfTheRectificationPeriod() {
		Problem p = aProblem(false);
		assertThatThrownBy(() -> p.assign("n", "r", TODAY, List.of(), List.of(), null, NOW, TODAY))
			.hasMessageContaining("must be after");
	}

	@Test
	@DisplayName("每个动作都按转换表执行，重放事件得到同样的状态")
	void replayingTheRecordGivesTheSameProblem() {
		Problem p = anAssignedProblem();
		p.reportProgress(BRANCH, "进展", 50, List.of(), NOW);
		p.requestClosure(BRANCH, "完成", List.of(), NOW);
		p.evaluate(90, 90, 90, Verdict.PASS, "合格", NOW);
		p.close("合格", null, List.of("专班"), List.of(), NOW, NOW.plusSeconds(86400 * 90));
		List<ProblemEvent> history = p.pendingEvents();
		Problem replayed = Problem.replay(p.id(), history);
		assertThat(replayed.status()).isEqualTo(ProblemStatus.CLOSED);
		assertThat(replayed.version()).isEqualTo(history.size());
		assertThat(replayed.lookBackDueAt()).isEqualTo(p.lookBackDueAt());
		assertThat(replayed.allowedActions()).contains(ProblemAction.FIND_REBOUND, ProblemAction.MERGE_REPEAT_REPORT)
			.doesNotContain(ProblemAction.ASSIGN, ProblemAction.FALL_DUE_FOR_LOOK_BACK);
	}

	@Test
	@DisplayName("转换表：每个状态都可以从受理到达，每个状态都有出路（回头看通过后仍可发现反弹）")
	void everyStateIsReachableAndNoneIsADeadEnd() {
		java.util.Set<ProblemStatus> reached = java.util.EnumSet.of(ProblemStatus.ACCEPTED);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ProblemStatus from : List.copyOf(reached)) {
				for (var targets : Problem.TRANSITIONS.getOrDefault(from, java.util.Map.of()).values()) {
					grew |= reached.addAll(targets);
				}
			}
		}
		assertThat(reached).containsExactlyInAnyOrder(ProblemStatus.values());
		for (ProblemStatus status : ProblemStatus.values()) {
			assertThat(Problem.TRANSITIONS.get(status).keySet()).as(status.name())
				.anyMatch(a -> a != ProblemAction.MERGE_REPEAT_REPORT);
		}
	}
}
