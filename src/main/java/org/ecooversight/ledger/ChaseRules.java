package org.ecooversight.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.ecooversight.intake.Channel;
import org.ecooversight.policy.JurisdictionPolicy;
import org.ecooversight.policy.JurisdictionPolicy.DayCount;
import org.ecooversight.policy.JurisdictionPolicy.LadderStep;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.policy.JurisdictionPolicy.ReminderKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.ecooversight.shared.WorkingDayCalendar;

/**
 * The jurisdiction's deadline and chase rules as the ledger applies them: its policy file
 * ({@code policies/<region code>.yaml}), counted on the official working-day calendar as it stands.
 * Each rule of the documents is one method here, with its clause; the use cases, the deadline
 * sweep, the problem and the pages all ask this one type:
 * <ul>
 * <li>the period a rectification notice gives (S, 五项机制1),</li>
 * <li>the reminder ladder around the deadline (Q, 提醒机制: 函告提醒、现场交办、座谈交流、建议约谈),</li>
 * <li>supervision orders and the reports they expect (Q, 严管机制: 督办、挂牌督办),</li>
 * <li>the interview's approval and the report after it (S, 五项机制3),</li>
 * <li>extensions of the deadline, and the look-back after closure (S, 二(四)4).</li>
 * </ul>
 * The platform wires one instance that reads the policy and the calendar in force (see
 * {@code LedgerConfiguration}); a test builds one on a fixed policy and calendar with
 * {@link #of(JurisdictionPolicy, WorkingDayCalendar)}. The type does not depend on Spring.
 */
public final class ChaseRules {

	private final Supplier<JurisdictionPolicy> policy;
	private final Supplier<WorkingDayCalendar> calendar;

	ChaseRules(Supplier<JurisdictionPolicy> policy, Supplier<WorkingDayCalendar> calendar) {
		this.policy = policy;
		this.calendar = calendar;
	}

	/** The rules of a fixed policy on a fixed calendar. */
	public static ChaseRules of(JurisdictionPolicy policy, WorkingDayCalendar calendar) {
		return new ChaseRules(() -> policy, () -> calendar);
	}

	/** These rules as they stand now, held fixed: one sweep applies one calendar throughout. */
	public ChaseRules asTheyStand() {
		return of(policy.get(), calendar.get());
	}

	// ---- When a day's step is taken, and when a report due on a day is late ---------------------

	/** A step falling on {@code day} is taken from the moment the day begins in China. */
	public static Instant takenFrom(LocalDate day) {
		return day.atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	/** A report due on {@code dueDay} is late once the whole of that day has passed in China. */
	public static Instant lateFrom(LocalDate dueDay) {
		return takenFrom(dueDay.plusDays(1));
	}

	/** Whether {@code day} has begun by {@code now} (a step falling on it may be taken). */
	public static boolean hasCome(LocalDate day, Instant now) {
		return !takenFrom(day).isAfter(now);
	}

	/** Whether a report due on {@code dueDay} is late at {@code now}. */
	public static boolean isLate(LocalDate dueDay, Instant now) {
		return !lateFrom(dueDay).isAfter(now);
	}

	// ---- The rectification period (S, 五项机制1: 整改通知书载明完成时限) --------------------------------

	/**
	 * The deadline a notice issued on {@code from} gives when the task force states none: the
	 * policy's period for the problem's channel ({@code rectification.byChannel}, else
	 * {@code rectification.default}) and, if the policy sets one, for its severity
	 * ({@code rectification.bySeverity}), whichever ends first (a major problem reported on any
	 * channel is not given longer).
	 */
	public LocalDate rectificationDeadline(Channel channel, Severity severity, LocalDate from) {
		JurisdictionPolicy current = policy.get();
		LocalDate byChannel = after(from, current.rectificationFor(channel.name()));
		Period bySeverityPeriod = current.rectificationForSeverity(Severity.orGeneral(severity).name());
		if (bySeverityPeriod == null) {
			return byChannel;
		}
		LocalDate bySeverity = after(from, bySeverityPeriod);
		return bySeverity.isBefore(byChannel) ? bySeverity : byChannel;
	}

	// ---- The reminder ladder (Q, 提醒机制) -------------------------------------------------------

	/** The steps, in the order they fall ({@code reminders}): 函告提醒、现场交办、座谈交流、建议约谈. */
	public List<LadderStep> ladder() {
		return policy.get().reminderLadder();
	}

	/** The day step {@code index} of the ladder falls: its working days before or after the deadline. */
	public LocalDate stepDay(LocalDate deadline, int index) {
		LadderStep step = ladder().get(index);
		WorkingDayCalendar days = calendar.get();
		return step.when() == JurisdictionPolicy.When.BEFORE_DEADLINE
				? days.minusWorkingDays(deadline, step.workingDays()).due()
				: days.plusWorkingDays(deadline, step.workingDays()).due();
	}

	/**
	 * How many steps of the ladder for {@code deadline} have fallen due by {@code now}, counted from
	 * the first: on the day a step falls, it and every step before it are due.
	 */
	public int stepsFallenDue(LocalDate deadline, Instant now) {
		int fallen = 0;
		while (fallen < ladder().size() && hasCome(stepDay(deadline, fallen), now)) {
			fallen++;
		}
		return fallen;
	}

	/** When the next step falls once {@code stepsIssued} steps were issued; null when the ladder is done. */
	public Instant nextStepAt(LocalDate deadline, int stepsIssued) {
		return stepsIssued < ladder().size() ? takenFrom(stepDay(deadline, stepsIssued)) : null;
	}

	/**
	 * The ladder's last resort proposes an interview by itself (Q, 提醒机制 建议约谈; S, 五项机制3
	 * 约谈提醒), unless one is already under way.
	 */
	public boolean stepProposesInterview(LadderStep step) {
		return step.kind() == ReminderKind.INTERVIEW_PROPOSAL;
	}

	// ---- Supervision orders (Q, 严管机制: 督办、挂牌督办) ----------------------------------------------

	/** Who may issue a supervision order ({@code supervision.issuers}). */
	public List<Role> supervisionIssuers() {
		return roles(policy.get().supervision().issuers());
	}

	public boolean mayIssueSupervisionOrder(Actor actor) {
		return actor.hasAnyRole(supervisionIssuers().toArray(Role[]::new));
	}

	/**
	 * How often the units report while an order stands: as the order states ({@code statedDays},
	 * 1 to 90 days, counted as the policy counts), else the policy's {@code supervision.reportEvery}.
	 */
	public Period supervisionReportEvery(Integer statedDays) {
		Period every = policy.get().supervision().reportEvery();
		if (statedDays == null) {
			return every;
		}
		if (statedDays < 1 || statedDays > 90) {
			throw new InvalidInputException("reportEveryDays", "between 1 and 90 days");
		}
		return new Period(statedDays, every.count(), "督办令载明");
	}

	/**
	 * After how many reports missed in a row an interview is proposed by itself
	 * ({@code supervision.interviewProposalAfterMissedReports}; local practice, the documents are
	 * silent): on reaching the number, once.
	 */
	public boolean missedReportsProposeInterview(int missedInARow) {
		return missedInARow == policy.get().supervision().interviewProposalAfterMissedReports();
	}

	// ---- Interviews (S, 五项机制3: 约谈, 7日内报告整改落实情况) ------------------------------------

	/** Who approves a proposed interview ({@code interview.approver}: a county leader in Shiquan). */
	public Role interviewApprover() {
		return Role.valueOf(policy.get().interviewApprover());
	}

	public boolean mayDecideInterview(Actor actor) {
		return actor.hasAnyRole(interviewApprover());
	}

	/** The day the interviewed units' reports are due: the policy's period after the day it was held. */
	public LocalDate interviewReportDue(LocalDate heldOn) {
		return after(heldOn, policy.get().interviewReport());
	}

	// ---- Extensions (local practice: {@code extensions}) --------------------------------------------

	/** How many extensions a deadline may have in one rectification ({@code extensions.maxCount}). */
	public int maxExtensions() {
		return policy.get().extensions().maxCount();
	}

	/** The most working days one extension grants ({@code extensions.maxWorkingDays}). */
	public int maxExtensionWorkingDays() {
		return policy.get().extensions().maxWorkingDays();
	}

	/** Who decides a request for an extension ({@code extensions.approver}). */
	public Role extensionApprover() {
		return Role.valueOf(policy.get().extensions().approverRole());
	}

	public boolean mayDecideExtension(Actor actor) {
		return actor.hasAnyRole(extensionApprover());
	}

	/** The deadline an approved extension moves to: the working days granted after the current one. */
	public LocalDate extendedDeadline(LocalDate deadline, int workingDays) {
		return calendar.get().plusWorkingDays(deadline, workingDays).due();
	}

	// ---- Look-back (S, 二(四)4: 定期对整改落实情况开展回头看) ---------------------------------------

	/** The day the look-back falls due after a problem is struck off the ledger on {@code closedOn}. */
	public LocalDate lookBackDay(LocalDate closedOn) {
		return after(closedOn, policy.get().lookBack());
	}

	// ---- Counting ----------------------------------------------------------------------------------

	/** The day a period ends, counted from {@code start} in working days on the calendar or in calendar days. */
	public LocalDate after(LocalDate start, Period period) {
		return period.count() == DayCount.WORKING_DAYS ? calendar.get().plusWorkingDays(start, period.days()).due()
				: start.plusDays(period.days());
	}

	private static List<Role> roles(List<String> names) {
		return names.stream().map(Role::valueOf).toList();
	}
}
