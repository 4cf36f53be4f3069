package org.ecooversight.ledger;

import static org.ecooversight.ledger.ProblemAction.ACKNOWLEDGE_REMINDER;
import static org.ecooversight.ledger.ProblemAction.ASSIGN;
import static org.ecooversight.ledger.ProblemAction.CLOSE;
import static org.ecooversight.ledger.ProblemAction.COMPLETE_MILESTONE;
import static org.ecooversight.ledger.ProblemAction.DECIDE_EXTENSION;
import static org.ecooversight.ledger.ProblemAction.DECIDE_INTERVIEW;
import static org.ecooversight.ledger.ProblemAction.DESIGNATE;
import static org.ecooversight.ledger.ProblemAction.EVALUATE;
import static org.ecooversight.ledger.ProblemAction.FALL_DUE_FOR_LOOK_BACK;
import static org.ecooversight.ledger.ProblemAction.FIND_REBOUND;
import static org.ecooversight.ledger.ProblemAction.HOLD_INTERVIEW;
import static org.ecooversight.ledger.ProblemAction.ISSUE_REMINDER;
import static org.ecooversight.ledger.ProblemAction.ISSUE_SUPERVISION_ORDER;
import static org.ecooversight.ledger.ProblemAction.MERGE_REPEAT_REPORT;
import static org.ecooversight.ledger.ProblemAction.MISS_INTERVIEW_REPORT;
import static org.ecooversight.ledger.ProblemAction.MISS_SUPERVISION_REPORT;
import static org.ecooversight.ledger.ProblemAction.OPEN_LONG_TERM_ENTRY;
import static org.ecooversight.ledger.ProblemAction.PASS_LOOK_BACK;
import static org.ecooversight.ledger.ProblemAction.PROPOSE_INTERVIEW;
import static org.ecooversight.ledger.ProblemAction.REPORT_AFTER_INTERVIEW;
import static org.ecooversight.ledger.ProblemAction.REPORT_PROGRESS;
import static org.ecooversight.ledger.ProblemAction.REQUEST_CLOSURE;
import static org.ecooversight.ledger.ProblemAction.REQUEST_EXTENSION;
import static org.ecooversight.ledger.ProblemAction.SCHEDULE_INTERVIEW;
import static org.ecooversight.ledger.ProblemStatus.ACCEPTED;
import static org.ecooversight.ledger.ProblemStatus.ASSIGNED;
import static org.ecooversight.ledger.ProblemStatus.CLOSED;
import static org.ecooversight.ledger.ProblemStatus.CLOSURE_REQUESTED;
import static org.ecooversight.ledger.ProblemStatus.DESIGNATED;
import static org.ecooversight.ledger.ProblemStatus.LOOK_BACK_DUE;
import static org.ecooversight.ledger.ProblemStatus.LOOK_BACK_PASSED;
import static org.ecooversight.ledger.ProblemStatus.PASSED_EVALUATION;
import static org.ecooversight.ledger.ProblemStatus.RECTIFYING;
import static org.ecooversight.ledger.ProblemStatus.REOPENED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.audit.EventSourced;
import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.LeadId;
import org.ecooversight.ledger.DueTimer.InterviewReportDue;
import org.ecooversight.ledger.DueTimer.LadderStepDue;
import org.ecooversight.ledger.DueTimer.SupervisionReportDue;
import org.ecooversight.ledger.ProblemEvent.ClosureRequested;
import org.ecooversight.ledger.ProblemEvent.ExtensionDecided;
import org.ecooversight.ledger.ProblemEvent.ExtensionRequested;
import org.ecooversight.ledger.ProblemEvent.InterviewDecided;
import org.ecooversight.ledger.ProblemEvent.InterviewHeld;
import org.ecooversight.ledger.ProblemEvent.InterviewProposed;
import org.ecooversight.ledger.ProblemEvent.InterviewReportOverdue;
import org.ecooversight.ledger.ProblemEvent.InterviewReportReceived;
import org.ecooversight.ledger.ProblemEvent.InterviewScheduled;
import org.ecooversight.ledger.ProblemEvent.ReminderAcknowledged;
import org.ecooversight.ledger.ProblemEvent.ReminderIssued;
import org.ecooversight.ledger.ProblemEvent.SupervisionOrderIssued;
import org.ecooversight.ledger.ProblemEvent.SupervisionReportMissed;
import org.ecooversight.ledger.ProblemEvent.LongTermEntryOpened;
import org.ecooversight.ledger.ProblemEvent.LookBackFellDue;
import org.ecooversight.ledger.ProblemEvent.LookBackPassed;
import org.ecooversight.ledger.ProblemEvent.MilestoneCompleted;
import org.ecooversight.ledger.ProblemEvent.ProblemAssigned;
import org.ecooversight.ledger.ProblemEvent.ProblemClosed;
import org.ecooversight.ledger.ProblemEvent.ProblemOpened;
import org.ecooversight.ledger.ProblemEvent.ProgressReported;
import org.ecooversight.ledger.ProblemEvent.ReboundFound;
import org.ecooversight.ledger.ProblemEvent.RectificationEvaluated;
import org.ecooversight.ledger.ProblemEvent.RepeatReportMerged;
import org.ecooversight.ledger.ProblemEvent.ResponsibleUnitsDesignated;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.policy.JurisdictionPolicy.Period;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;

/**
 * A problem on the ledger. Its state is the fold of its recorded events; its verbs check the
 * current state against {@link #TRANSITIONS}, check the action's own rules, and record one
 * past-tense event. There are no setters: the record is the only way state changes, so the record
 * is complete.
 */
public final class Problem extends EventSourced<ProblemEvent> {

	/**
	 * Which action is allowed in which state, and where it leads. Evaluation leads to one of two
	 * states depending on the verdict; repeat reports can be merged in any state and change none.
	 */
	public static final Map<ProblemStatus, Map<ProblemAction, Set<ProblemStatus>>> TRANSITIONS = table();

	private static Map<ProblemStatus, Map<ProblemAction, Set<ProblemStatus>>> table() {
		Map<ProblemStatus, Map<ProblemAction, Set<ProblemStatus>>> t = new EnumMap<>(ProblemStatus.class);
		allow(t, ACCEPTED, DESIGNATE, DESIGNATED);
		allow(t, ACCEPTED, ASSIGN, ASSIGNED);
		allow(t, DESIGNATED, ASSIGN, ASSIGNED);
		allow(t, REOPENED, ASSIGN, ASSIGNED);
		allow(t, ASSIGNED, REPORT_PROGRESS, RECTIFYING);
		allow(t, RECTIFYING, REPORT_PROGRESS, RECTIFYING);
		allow(t, ASSIGNED, OPEN_LONG_TERM_ENTRY, RECTIFYING);
		allow(t, RECTIFYING, OPEN_LONG_TERM_ENTRY, RECTIFYING);
		allow(t, RECTIFYING, COMPLETE_MILESTONE, RECTIFYING);
		allow(t, ASSIGNED, REQUEST_CLOSURE, CLOSURE_REQUESTED);
		allow(t, RECTIFYING, REQUEST_CLOSURE, CLOSURE_REQUESTED);
		allow(t, CLOSURE_REQUESTED, EVALUATE, PASSED_EVALUATION, RECTIFYING);
		allow(t, PASSED_EVALUATION, CLOSE, CLOSED);
		allow(t, CLOSED, FALL_DUE_FOR_LOOK_BACK, LOOK_BACK_DUE);
		allow(t, LOOK_BACK_DUE, PASS_LOOK_BACK, LOOK_BACK_PASSED);
		allow(t, CLOSED, FIND_REBOUND, REOPENED);
		allow(t, LOOK_BACK_DUE, FIND_REBOUND, REOPENED);
		allow(t, LOOK_BACK_PASSED, FIND_REBOUND, REOPENED);
		for (ProblemStatus status : ProblemStatus.values()) {
			allow(t, status, MERGE_REPEAT_REPORT, status);
			allow(t, status, ACKNOWLEDGE_REMINDER, status);
		}
		// The chase leaves the state as it is: while the units are rectifying, reminders fall due,
		// leaders order supervision, interviews are proposed and units ask for more time.
		for (ProblemStatus rectifying : new ProblemStatus[] { ASSIGNED, RECTIFYING }) {
			for (ProblemAction action : new ProblemAction[] { ISSUE_REMINDER, ISSUE_SUPERVISION_ORDER,
					MISS_SUPERVISION_REPORT, PROPOSE_INTERVIEW, REQUEST_EXTENSION, DECIDE_EXTENSION }) {
				allow(t, rectifying, action, rectifying);
			}
		}
		// An interview runs its course until the problem is struck off the ledger; after that a
		// report after it is no longer taken (the rectification was accepted).
		for (ProblemStatus open : new ProblemStatus[] { ASSIGNED, RECTIFYING, CLOSURE_REQUESTED, PASSED_EVALUATION }) {
			for (ProblemAction action : new ProblemAction[] { DECIDE_INTERVIEW, SCHEDULE_INTERVIEW, HOLD_INTERVIEW,
					REPORT_AFTER_INTERVIEW, MISS_INTERVIEW_REPORT }) {
				allow(t, open, action, open);
			}
		}
		t.replaceAll((status, actions) -> Collections.unmodifiableMap(actions));
		return Collections.unmodifiableMap(t);
	}

	private static void allow(Map<ProblemStatus, Map<ProblemAction, Set<ProblemStatus>>> t, ProblemStatus from,
			ProblemAction action, ProblemStatus... to) {
		t.computeIfAbsent(from, s -> new EnumMap<>(ProblemAction.class))
			.put(action, Collections.unmodifiableSet(EnumSet.of(to[0], to)));
	}

	private final ProblemId id;
	private ProblemOpened opening;
	private ProblemStatus status;
	private UnitId leadUnit;
	private List<UnitId> coUnits = List.of();
	private boolean requiresDesignation;
	private ResponsibleUnitsDesignated designation;
	private final List<ProblemAssigned> notices = new ArrayList<>();
	private LocalDate deadline;
	private final List<ProgressReported> progress = new ArrayList<>();
	private LongTermEntryOpened longTermEntry;
	private final Map<UUID, MilestoneCompleted> completedMilestones = new LinkedHashMap<>();
	private final List<ClosureRequested> closureRequests = new ArrayList<>();
	private final List<RectificationEvaluated> evaluations = new ArrayList<>();
	private ProblemClosed closure;
	private Instant lookBackDueAt;
	private final List<LookBackPassed> lookBacks = new ArrayList<>();
	private final List<ReboundFound> rebounds = new ArrayList<>();
	private final List<RepeatReportMerged> repeats = new ArrayList<>();
	private Reach reach = Reach.LOCAL;
	/** Deadlines so far: each new deadline starts the reminder ladder again. */
	private int round;
	/** Ladder steps issued for the current deadline. */
	private int stepsIssued;
	private final Map<UUID, Reminder> reminders = new LinkedHashMap<>();
	private final Map<UUID, SupervisionOrder> orders = new LinkedHashMap<>();
	/** The last day a responsible unit reported (progress, a milestone, a closure request). */
	private LocalDate lastReportDay;
	private final Map<UUID, Interview> interviews = new LinkedHashMap<>();
	private final Map<UUID, Extension> extensions = new LinkedHashMap<>();
	/** The day the units last started (or resumed) rectifying: the notice, or a returned evaluation. */
	private LocalDate rectifyingSince;
	/** Interviews and extension requests still open when the problem was struck off: they lapsed. */
	private final Set<UUID> lapsed = new java.util.HashSet<>();
	/** Extensions granted since the last notice (a reopened problem starts again). */
	private int extensionsThisCycle;

	private Problem(ProblemId id) {
		this.id = id;
	}

	/** 受理: opens a problem from an accepted lead. */
	public static Problem open(ProblemOpened opened) {
		if (opened.leadUnit() == null && !opened.requiresDesignation()) {
			throw new InvalidInputException("leadUnit", "a problem needs a lead unit, or designation by the government");
		}
		Problem problem = new Problem(opened.problemId());
		problem.record(opened);
		return problem;
	}

	public static Problem replay(ProblemId id, List<ProblemEvent> history) {
		Problem problem = new Problem(id);
		problem.replay(history);
		return problem;
	}

	/**
	 * 确定责任单位: for a problem across several domains the same-level party committee and government
	 * name the lead unit and co-units (Q, 受理机制); the rectification period runs from then.
	 */
	public void designate(UnitId lead, List<UnitId> co, String decisionReference, String reason, Instant now) {
		guard(DESIGNATE);
		requireText("decisionReference", decisionReference, "the designation cites the committee's or government's decision");
		List<UnitId> others = distinctCoUnits(lead, co);
		record(new ResponsibleUnitsDesignated(id, lead, others, decisionReference, reason, now));
	}

	/**
	 * 交办: the task force assigns the problem in writing with requirements and a deadline, copied
	 * to the leaders in charge, the discipline commission and the assessment office (S, 五项机制 1).
	 */
	public void assign(String noticeNumber, String requirements, LocalDate deadline, List<UnitId> extraCoUnits,
			List<CopyRecipient> copiedTo, Reach reach, Instant now, LocalDate today) {
		guard(ASSIGN);
		if (status == ACCEPTED && requiresDesignation) {
			throw new ConflictException("problem " + code() + " spans several domains and is " + status.name() + " ("
					+ status.label() + "): the county party committee and government must designate the responsible units"
					+ " before it can be assigned (Q, 受理机制)");
		}
		requireText("requirements", requirements, "a rectification notice states the requirements");
		if (deadline == null) {
			throw new InvalidInputException("deadline", "a rectification notice sets a deadline");
		}
		LocalDate start = designation != null && status == DESIGNATED
				? designation.designatedAt().atZone(org.ecooversight.shared.ChinaTime.ZONE).toLocalDate() : today;
		if (!deadline.isAfter(start)) {
			throw new InvalidInputException("deadline", "must be after " + start + ", the day the rectification period starts");
		}
		if (leadUnit == null) {
			throw new ConflictException("problem " + code() + " has no lead unit to assign it to");
		}
		List<UnitId> co = new ArrayList<>(coUnits);
		if (extraCoUnits != null) {
			extraCoUnits.stream().filter(u -> !u.equals(leadUnit) && !co.contains(u)).forEach(co::add);
		}
		record(new ProblemAssigned(id, noticeNumber, requirements, deadline, leadUnit, List.copyOf(co),
				List.copyOf(copiedTo), now, Reach.orLocal(reach)));
	}

	/** 整改进展: a responsible unit reports what it did. */
	public void reportProgress(UnitId unit, String content, Integer percentComplete, List<AttachmentRef> evidence,
			Instant now) {
		guard(REPORT_PROGRESS);
		requireResponsible(unit);
		requireText("content", content, "a progress report says what was done");
		if (percentComplete != null && (percentComplete < 0 || percentComplete > 100)) {
			throw new InvalidInputException("percentComplete", "between 0 and 100");
		}
		record(new ProgressReported(id, UUID.randomUUID(), unit, content, percentComplete, List.copyOf(evidence), now));
	}

	/**
	 * 建立台账、逐步推进: a problem that cannot be fixed at once gets a long-term entry with milestones;
	 * its deadline becomes the plan's final date (Q, 受理机制).
	 */
	public void openLongTermEntry(String reason, List<Milestone> milestones, LocalDate finalDeadline, Instant now) {
		guard(OPEN_LONG_TERM_ENTRY);
		if (longTermEntry != null) {
			throw new ConflictException("problem " + code() + " already has a long-term ledger entry");
		}
		requireText("reason", reason, "say why the problem cannot be fixed at once");
		if (milestones == null || milestones.isEmpty()) {
			throw new InvalidInputException("milestones", "a long-term entry has at least one milestone");
		}
		if (finalDeadline == null) {
			throw new InvalidInputException("finalDeadline", "a long-term entry has a final deadline");
		}
		LocalDate previous = null;
		for (int i = 0; i < milestones.size(); i++) {
			Milestone m = milestones.get(i);
			requireText("milestones[" + i + "].title", m.title(), "a milestone has a title");
			if (m.due() == null) {
				throw new InvalidInputException("milestones[" + i + "].due", "a milestone has a due date");
			}
			if (previous != null && m.due().isBefore(previous)) {
				throw new InvalidInputException("milestones[" + i + "].due", "milestones are listed in the order they fall due");
			}
			if (m.due().isAfter(finalDeadline)) {
				throw new InvalidInputException("milestones[" + i + "].due", "falls after the final deadline " + finalDeadline);
			}
			previous = m.due();
		}
		record(new LongTermEntryOpened(id, reason, List.copyOf(milestones), finalDeadline, now));
	}

	public void completeMilestone(UnitId unit, UUID milestoneId, String note, List<AttachmentRef> evidence, Instant now) {
		guard(COMPLETE_MILESTONE);
		requireResponsible(unit);
		if (longTermEntry == null || longTermEntry.milestones().stream().noneMatch(m -> m.id().equals(milestoneId))) {
			throw new InvalidInputException("milestoneId", "problem " + code() + " has no milestone " + milestoneId);
		}
		if (completedMilestones.containsKey(milestoneId)) {
			throw new ConflictException("milestone " + milestoneId + " was already completed");
		}
		record(new MilestoneCompleted(id, milestoneId, note, List.copyOf(evidence), now));
	}

	/** 申请销号: the lead unit asks for the acceptance check; a long-term entry must have met every milestone. */
	public void requestClosure(UnitId unit, String summary, List<AttachmentRef> evidence, Instant now) {
		guard(REQUEST_CLOSURE);
		if (!unit.equals(leadUnit)) {
			throw new ConflictException("only the lead unit asks for closure of problem " + code());
		}
		requireText("summary", summary, "summarise the rectification");
		if (longTermEntry != null) {
			for (Milestone m : longTermEntry.milestones()) {
				if (!completedMilestones.containsKey(m.id())) {
					throw new ConflictException("milestone \"" + m.title() + "\" of problem " + code()
							+ " is not completed; a long-term entry is closed only when every milestone is met");
				}
			}
		}
		record(new ClosureRequested(id, unit, summary, List.copyOf(evidence), now));
	}

	/**
	 * 评判: judges the rectification's measures, progress and effect (Q, 评判机制). A pass goes on to the
	 * acceptance check; a return or a false rectification sends it back to the unit.
	 */
	public void evaluate(int measures, int progressScore, int effect, Verdict verdict, String opinion, Instant now) {
		guard(EVALUATE);
		requireScore("measuresScore", measures);
		requireScore("progressScore", progressScore);
		requireScore("effectScore", effect);
		if (verdict == null) {
			throw new InvalidInputException("verdict", "PASS, RETURN or FALSE_RECTIFICATION");
		}
		requireText("opinion", opinion, "an evaluation gives its reasons");
		record(new RectificationEvaluated(id, measures, progressScore, effect, verdict, opinion, now));
	}

	/** 验收销号: checked on site and struck off the ledger; the look-back falls due {@code lookBackDueAt}. */
	public void close(String acceptanceNote, String publicReply, List<String> inspectors, List<AttachmentRef> evidence,
			Instant now, Instant lookBackDueAt) {
		guard(CLOSE);
		requireText("acceptanceNote", acceptanceNote, "record what the acceptance check found");
		if (inspectors == null || inspectors.isEmpty() || inspectors.stream().anyMatch(s -> s == null || s.isBlank())) {
			throw new InvalidInputException("inspectors", "name who carried out the acceptance check");
		}
		record(new ProblemClosed(id, acceptanceNote, publicReply, List.copyOf(inspectors), List.copyOf(evidence), now, lookBackDueAt));
	}

	/** The look-back interval has passed: the problem joins the task force's look-back queue. */
	public void fallDueForLookBack(Instant now) {
		guard(FALL_DUE_FOR_LOOK_BACK);
		if (lookBackDueAt == null || now.isBefore(lookBackDueAt)) {
			throw new ConflictException("the look-back of problem " + code() + " is due at " + lookBackDueAt + ", not yet");
		}
		record(new LookBackFellDue(id, now));
	}

	public void passLookBack(String note, List<AttachmentRef> evidence, Instant now) {
		guard(PASS_LOOK_BACK);
		requireText("note", note, "record what the look-back found");
		record(new LookBackPassed(id, note, List.copyOf(evidence), now));
	}

	/** 反弹: the problem came back; it is reopened with its history and must be assigned again. */
	public void findRebound(String finding, List<AttachmentRef> evidence, Instant now) {
		guard(FIND_REBOUND);
		requireText("finding", finding, "describe the rebound");
		record(new ReboundFound(id, finding, List.copyOf(evidence), now));
	}

	/** A later report of the same problem (repeat complaint); after closure it is a warning sign. */
	public void mergeRepeatReport(LeadId lead, String note, Instant now) {
		guard(MERGE_REPEAT_REPORT);
		record(new RepeatReportMerged(id, lead, repeats.size() + 1, status.isClosed(), note, now));
	}

	// ---- The chase: reminders, supervision orders, interviews, extensions --------------------------

	/**
	 * What has fallen due by {@code now} and the platform does by itself: the reminder ladder's
	 * steps for the current deadline (Q, 提醒机制), the periodic reports a supervision order expects,
	 * and the reports after an interview (S, 五项机制3).
	 */
	public List<DueTimer> dueTimers(ChaseRules rules, Instant now) {
		List<DueTimer> due = new ArrayList<>();
		if (ladderRuns()) {
			int fallenDue = rules.stepsFallenDue(deadline, now);
			for (int i = stepsIssued; i < fallenDue; i++) {
				due.add(new LadderStepDue(round, i, rules.ladder().get(i), rules.stepDay(deadline, i)));
			}
		}
		SupervisionOrder order = activeOrder();
		if (order != null && ladderRuns()) {
			LocalDate dueOn = nextReportDue(order, rules);
			for (int n = 0; n < 10 && ChaseRules.isLate(dueOn, now); n++) {
				due.add(new SupervisionReportDue(order.issued().orderId(), dueOn));
				dueOn = rules.after(dueOn, order.issued().reportEvery());
			}
		}
		for (Interview interview : interviews.values()) {
			if (interviewReportRuns(interview) && ChaseRules.isLate(interview.held().reportDue(), now)) {
				due.add(new InterviewReportDue(interview.proposal().interviewId(), interview.held().reportDue()));
			}
		}
		return due;
	}

	/** When the next thing falls due by itself (null: nothing will). */
	public Instant nextTimer(ChaseRules rules) {
		Instant next = null;
		if (ladderRuns()) {
			next = rules.nextStepAt(deadline, stepsIssued);
		}
		SupervisionOrder order = activeOrder();
		if (order != null && ladderRuns()) {
			next = earlier(next, ChaseRules.lateFrom(nextReportDue(order, rules)));
		}
		for (Interview interview : interviews.values()) {
			if (interviewReportRuns(interview)) {
				next = earlier(next, ChaseRules.lateFrom(interview.held().reportDue()));
			}
		}
		return next;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a == null || b.isBefore(a) ? b : a;
	}

	/** The ladder runs while the units are rectifying against a deadline; a closure request pauses it. */
	private boolean ladderRuns() {
		return deadline != null && (status == ASSIGNED || status == RECTIFYING);
	}

	private boolean interviewReportRuns(Interview interview) {
		return interview.held() != null && interview.overdue() == null && !interview.unitsYetToReport().isEmpty()
				&& !lapsed.contains(interview.proposal().interviewId()) && !status.isClosed()
				&& TRANSITIONS.get(status).containsKey(MISS_INTERVIEW_REPORT);
	}

	/**
	 * The day the next periodic report under {@code order} is due: one period after the order, the
	 * last report of a responsible unit, or the last missed due day, whichever is latest.
	 */
	private LocalDate nextReportDue(SupervisionOrder order, ChaseRules rules) {
		LocalDate base = day(order.issued().issuedAt());
		if (lastReportDay != null && lastReportDay.isAfter(base)) {
			base = lastReportDay;
		}
		// no report is expected while the rectification waits for evaluation: a returned one starts afresh
		if (rectifyingSince != null && rectifyingSince.isAfter(base)) {
			base = rectifyingSince;
		}
		if (!order.missed().isEmpty()) {
			LocalDate lastMissed = order.missed().get(order.missed().size() - 1).dueOn();
			if (lastMissed.isAfter(base)) {
				base = lastMissed;
			}
		}
		return rules.after(base, order.issued().reportEvery());
	}

	/**
	 * 函告提醒 / 现场交办 / 座谈交流 / 建议约谈: issues ladder step {@code due}. Only the next step of the
	 * current deadline can be issued, once its day has come; a step already issued is refused, so a
	 * sweep that runs twice (two instances, a retry) never issues it twice.
	 */
	public void issueReminder(LadderStepDue due, UnitId sender, List<UnitId> addressees, String content, Instant now) {
		guard(ISSUE_REMINDER);
		if (due.round() != round || due.index() != stepsIssued) {
			throw new ConflictException("reminder step " + (due.index() + 1) + " of deadline " + due.round()
					+ " of problem " + code() + " is not the next step (issued: " + stepsIssued + " of deadline " + round + ")");
		}
		if (!ChaseRules.hasCome(due.day(), now)) {
			throw new ConflictException("reminder step " + (due.index() + 1) + " of problem " + code() + " falls on "
					+ due.day() + ", not yet");
		}
		if (addressees.isEmpty()) {
			throw new IllegalArgumentException("a reminder has an addressee");
		}
		record(new ReminderIssued(id, UUID.randomUUID(), due.step().kind(), round, due.index(), deadline, due.day(),
				sender, List.copyOf(new LinkedHashSet<>(addressees)), reach, content, now));
	}

	/** 签收: the read receipt of an addressee unit; acknowledging again changes nothing. */
	public void acknowledgeReminder(UUID reminderId, UnitId unit, String username, Instant now) {
		guard(ACKNOWLEDGE_REMINDER);
		Reminder reminder = reminders.get(reminderId);
		if (reminder == null) {
			throw new NotFoundException("problem " + code() + " has no reminder " + reminderId);
		}
		if (unit == null || !reminder.issued().addressees().contains(unit)) {
			throw new ForbiddenException("unit " + unit + " is not an addressee of reminder " + reminderId
					+ "; only an addressee acknowledges it");
		}
		if (!reminder.acknowledgedBy(unit)) {
			record(new ReminderAcknowledged(id, reminderId, unit, username, now));
		}
	}

	/**
	 * 督办 / 挂牌督办 (Q, 严管机制): a leader's order with requirements, optionally a tighter deadline,
	 * and how often the units report while it stands. A listed order may follow an ordinary one; an
	 * order of the same kind while one stands is refused.
	 */
	public void issueSupervisionOrder(SupervisionKind kind, String orderNumber, String requirements,
			LocalDate tighterDeadline, Period reportEvery, String issuedBy, Instant now) {
		guard(ISSUE_SUPERVISION_ORDER);
		if (kind == null) {
			throw new InvalidInputException("kind", "SUPERVISION (督办) or LISTED_SUPERVISION (挂牌督办)");
		}
		requireText("requirements", requirements, "a supervision order states its requirements");
		SupervisionOrder standing = activeOrder();
		if (standing != null && (standing.issued().kind() == kind || kind == SupervisionKind.SUPERVISION)) {
			throw new ConflictException("problem " + code() + " is already under " + standing.issued().kind().label()
					+ " " + standing.issued().orderNumber() + "; only a listed order (挂牌督办) can follow an ordinary one");
		}
		LocalDate newDeadline = deadline;
		if (tighterDeadline != null) {
			if (!tighterDeadline.isBefore(deadline)) {
				throw new InvalidInputException("deadline", "a supervision order tightens the deadline: it must be before "
						+ deadline + ", the current deadline");
			}
			if (!tighterDeadline.isAfter(day(now))) {
				throw new InvalidInputException("deadline", "must be after today, " + day(now));
			}
			newDeadline = tighterDeadline;
		}
		record(new SupervisionOrderIssued(id, UUID.randomUUID(), kind, orderNumber, requirements, deadline, newDeadline,
				reportEvery, issuedBy, now));
	}

	/** A periodic report under the standing order did not arrive by the end of {@code due.dueOn()}. */
	public SupervisionReportMissed missSupervisionReport(SupervisionReportDue due, ChaseRules rules, Instant now) {
		guard(MISS_SUPERVISION_REPORT);
		SupervisionOrder order = activeOrder();
		if (order == null || !order.issued().orderId().equals(due.orderId())
				|| !nextReportDue(order, rules).equals(due.dueOn()) || !ChaseRules.isLate(due.dueOn(), now)) {
			throw new ConflictException("no report of problem " + code() + " is missing for " + due.dueOn());
		}
		SupervisionReportMissed missed = new SupervisionReportMissed(id, due.orderId(), due.dueOn(),
				order.missed().size() + 1, now);
		record(missed);
		return missed;
	}

	/** Reports missed under the standing order since the units last reported (连续未按期报告). */
	public int consecutiveMissedReports() {
		SupervisionOrder order = activeOrder();
		if (order == null) {
			return 0;
		}
		return (int) order.missed().stream().filter(m -> lastReportDay == null || m.dueOn().isAfter(lastReportDay)).count();
	}

	/** 建议约谈: the task force (or the platform, {@code automatic}) proposes an interview of the units. */
	public UUID proposeInterview(List<UnitId> interviewees, String reason, boolean automatic, Instant now) {
		guard(PROPOSE_INTERVIEW);
		requireText("reason", reason, "say why the units are to be interviewed");
		if (interviewees != null) {
			for (int i = 0; i < interviewees.size(); i++) {
				if (interviewees.get(i) == null) {
					throw new InvalidInputException("interviewees[" + i + "]", "must name a unit");
				}
			}
		}
		List<UnitId> units = interviewees == null || interviewees.isEmpty() ? responsibleUnits()
				: List.copyOf(new LinkedHashSet<>(interviewees));
		for (int i = 0; i < units.size(); i++) {
			if (!responsibleUnits().contains(units.get(i))) {
				throw new InvalidInputException("interviewees[" + i + "]", "unit " + units.get(i)
						+ " is not responsible for problem " + code());
			}
		}
		Interview pending = pendingInterview();
		if (pending != null) {
			throw new ConflictException("an interview of problem " + code() + " is already "
					+ pending.stage().label() + " (" + pending.proposal().interviewId() + ")");
		}
		UUID interviewId = UUID.randomUUID();
		record(new InterviewProposed(id, interviewId, units, reason, automatic, now));
		return interviewId;
	}

	/** The county leader approves the interview or turns it down (S, 五项机制3: 提请...领导进行约谈). */
	public void decideInterview(UUID interviewId, boolean approved, String opinion, String decidedBy, Instant now) {
		guard(DECIDE_INTERVIEW);
		Interview interview = interview(interviewId);
		if (interview.stage() != Interview.Stage.PROPOSED) {
			throw new ConflictException("interview " + interviewId + " is " + interview.stage().label() + "; only a proposal is decided");
		}
		if (!approved) {
			requireText("opinion", opinion, "say why the interview is not held");
		}
		record(new InterviewDecided(id, interviewId, approved, opinion, decidedBy, now));
	}

	public void scheduleInterview(UUID interviewId, Instant at, String place, String interviewer, Instant now) {
		guard(SCHEDULE_INTERVIEW);
		Interview interview = interview(interviewId);
		if (interview.stage() != Interview.Stage.APPROVED && interview.stage() != Interview.Stage.SCHEDULED) {
			throw new ConflictException("interview " + interviewId + " is " + interview.stage().label()
					+ "; an interview is scheduled once approved");
		}
		if (at == null) {
			throw new InvalidInputException("scheduledFor", "when the interview takes place");
		}
		if (at.isBefore(now)) {
			throw new InvalidInputException("scheduledFor", "cannot be in the past (now is " + now + ")");
		}
		requireText("place", place, "where the interview takes place");
		requireText("interviewer", interviewer, "the leader who conducts the interview");
		record(new InterviewScheduled(id, interviewId, at, place, interviewer, now));
	}

	/** 约谈: held, with attendees and minutes; the interviewed units' reports are due by {@code reportDue}. */
	public void holdInterview(UUID interviewId, Instant heldAt, List<Attendee> attendees, String minutes,
			LocalDate reportDue, Instant now) {
		guard(HOLD_INTERVIEW);
		Interview interview = interview(interviewId);
		if (interview.stage() != Interview.Stage.SCHEDULED) {
			throw new ConflictException("interview " + interviewId + " is " + interview.stage().label()
					+ "; an interview is held once scheduled");
		}
		if (heldAt == null || heldAt.isAfter(now)) {
			throw new InvalidInputException("heldAt", "when the interview was held (not in the future)");
		}
		if (heldAt.isBefore(interview.schedule().scheduledFor())) {
			throw new InvalidInputException("heldAt", "cannot be before the time the interview was scheduled for ("
					+ interview.schedule().scheduledFor() + ")");
		}
		if (heldAt.isBefore(interview.decision().decidedAt())) {
			throw new InvalidInputException("heldAt", "cannot be before the interview was approved ("
					+ interview.decision().decidedAt() + ")");
		}
		if (attendees == null || attendees.isEmpty()) {
			throw new InvalidInputException("attendees", "name who attended");
		}
		for (int i = 0; i < attendees.size(); i++) {
			if (attendees.get(i) == null) {
				throw new InvalidInputException("attendees[" + i + "]", "name who attended");
			}
			requireText("attendees[" + i + "].name", attendees.get(i).name(), "an attendee has a name");
			requireText("attendees[" + i + "].unit", attendees.get(i).unit(), "an attendee's unit");
		}
		requireText("minutes", minutes, "the interview's minutes");
		record(new InterviewHeld(id, interviewId, heldAt, List.copyOf(attendees), minutes, reportDue, now));
	}

	/** The interviewed unit's report on its self-examination and rectification. */
	public void reportAfterInterview(UUID interviewId, UnitId unit, String content, List<AttachmentRef> evidence,
			Instant now) {
		if (status.isClosed()) {
			throw new ConflictException("problem " + code() + " is " + status.name() + " (" + status.label()
					+ "): it was struck off the ledger, and a report after the interview is no longer taken");
		}
		guard(REPORT_AFTER_INTERVIEW);
		Interview interview = interview(interviewId);
		if (interview.held() == null) {
			throw new ConflictException("interview " + interviewId + " is " + interview.stage().label()
					+ "; the report follows the interview");
		}
		if (!interview.proposal().interviewees().contains(unit)) {
			throw new ForbiddenException("unit " + unit + " was not interviewed in " + interviewId);
		}
		if (!interview.unitsYetToReport().contains(unit)) {
			throw new ConflictException("unit " + unit + " already reported after interview " + interviewId);
		}
		requireText("content", content, "the report states the self-examination and the rectification");
		record(new InterviewReportReceived(id, interviewId, unit, content, List.copyOf(evidence),
				ChaseRules.isLate(interview.held().reportDue(), now), now));
	}

	/** The reports after an interview did not arrive in time: a fact the accountability rules hear. */
	public void markInterviewReportOverdue(UUID interviewId, Instant now) {
		guard(MISS_INTERVIEW_REPORT);
		Interview interview = interview(interviewId);
		if (!interviewReportRuns(interview) || !ChaseRules.isLate(interview.held().reportDue(), now)) {
			throw new ConflictException("the reports after interview " + interviewId + " are not overdue");
		}
		record(new InterviewReportOverdue(id, interviewId, interview.held().reportDue(), interview.unitsYetToReport(), now));
	}

	/** 申请延期: a responsible unit asks for more time, within the policy's limits. */
	public UUID requestExtension(UnitId unit, int workingDays, String reason, ChaseRules rules, Instant now) {
		guard(REQUEST_EXTENSION);
		requireResponsible(unit);
		requireText("reason", reason, "say why more time is needed");
		if (workingDays < 1) {
			throw new InvalidInputException("workingDays", "at least one working day");
		}
		if (workingDays > rules.maxExtensionWorkingDays()) {
			throw new InvalidInputException("workingDays", "at most " + rules.maxExtensionWorkingDays()
					+ " working days may be granted at a time (policy: extensions.maxWorkingDays)");
		}
		long granted = extensionsThisCycle;
		if (granted >= rules.maxExtensions()) {
			throw new ConflictException("problem " + code() + " has had " + granted + " of the " + rules.maxExtensions()
					+ " extension(s) the policy allows (extensions.maxCount)");
		}
		if (pendingExtension()) {
			throw new ConflictException("a request for an extension of problem " + code() + " is awaiting a decision");
		}
		UUID requestId = UUID.randomUUID();
		record(new ExtensionRequested(id, requestId, unit, workingDays, reason, now));
		return requestId;
	}

	/** The approver's decision; an approval moves the deadline by the working days asked for. */
	public void decideExtension(UUID requestId, boolean approved, String opinion, ChaseRules rules, String decidedBy,
			Instant now) {
		guard(DECIDE_EXTENSION);
		Extension extension = extensions.get(requestId);
		if (extension == null) {
			throw new NotFoundException("problem " + code() + " has no extension request " + requestId);
		}
		if (lapsed.contains(requestId)) {
			throw new ConflictException("extension request " + requestId + " lapsed when problem " + code()
					+ " was struck off the ledger");
		}
		if (!extension.pending()) {
			throw new ConflictException("extension request " + requestId + " was already decided");
		}
		requireText("opinion", opinion, "give the reasons for the decision");
		LocalDate moved = approved ? rules.extendedDeadline(deadline, extension.request().workingDays()) : null;
		record(new ExtensionDecided(id, requestId, approved, opinion, deadline, moved, decidedBy, now));
	}

	private boolean pendingExtension() {
		return extensions.values().stream().anyMatch(x -> x.pending() && !lapsed.contains(x.request().requestId()));
	}

	private Interview interview(UUID interviewId) {
		Interview interview = interviewId == null ? null : interviews.get(interviewId);
		if (interview == null) {
			throw new NotFoundException("problem " + code() + " has no interview " + interviewId);
		}
		if (lapsed.contains(interviewId)) {
			throw new ConflictException("interview " + interviewId + " lapsed when problem " + code() + " was struck off the ledger");
		}
		return interview;
	}

	/** An interview proposed, approved or scheduled and not yet held, if any. */
	public Interview pendingInterview() {
		return interviews.values()
			.stream()
			.filter(i -> i.pending() && !lapsed.contains(i.proposal().interviewId()))
			.findFirst()
			.orElse(null);
	}

	/** The supervision order that stands, if any. */
	public SupervisionOrder activeOrder() {
		return orders.values().stream().filter(SupervisionOrder::active).reduce((a, b) -> b).orElse(null);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ChinaTime.ZONE);
	}

	/** The actions allowed now, by the transition table and the problem's own rules. */
	public Set<ProblemAction> allowedActions() {
		Set<ProblemAction> actions = EnumSet.noneOf(ProblemAction.class);
		actions.addAll(TRANSITIONS.getOrDefault(status, Map.of()).keySet());
		if (status == ACCEPTED && requiresDesignation) {
			actions.remove(ASSIGN);
		}
		if (longTermEntry == null || completedMilestones.size() == longTermEntry.milestones().size()) {
			actions.remove(COMPLETE_MILESTONE);
		}
		if (longTermEntry != null) {
			actions.remove(OPEN_LONG_TERM_ENTRY);
		}
		if (status == CLOSED && lookBackDueAt != null) {
			// falls due by itself
			actions.remove(FALL_DUE_FOR_LOOK_BACK);
		}
		// these happen by themselves, when they fall due
		actions.removeAll(EnumSet.of(ISSUE_REMINDER, MISS_SUPERVISION_REPORT, MISS_INTERVIEW_REPORT));
		if (reminders.isEmpty()) {
			actions.remove(ACKNOWLEDGE_REMINDER);
		}
		if (pendingInterview() != null) {
			actions.remove(PROPOSE_INTERVIEW);
		}
		Interview.Stage stage = pendingInterview() == null ? null : pendingInterview().stage();
		if (stage != Interview.Stage.PROPOSED) {
			actions.remove(DECIDE_INTERVIEW);
		}
		if (stage != Interview.Stage.APPROVED && stage != Interview.Stage.SCHEDULED) {
			actions.remove(SCHEDULE_INTERVIEW);
		}
		if (stage != Interview.Stage.SCHEDULED) {
			actions.remove(HOLD_INTERVIEW);
		}
		if (interviews.values().stream().noneMatch(i -> i.held() != null && !i.unitsYetToReport().isEmpty())) {
			actions.remove(REPORT_AFTER_INTERVIEW);
		}
		if (!pendingExtension()) {
			actions.remove(DECIDE_EXTENSION);
		}
		else {
			actions.remove(REQUEST_EXTENSION);
		}
		SupervisionOrder standing = activeOrder();
		if (standing != null && standing.issued().kind() == SupervisionKind.LISTED_SUPERVISION) {
			actions.remove(ISSUE_SUPERVISION_ORDER);
		}
		return actions;
	}

	private void guard(ProblemAction action) {
		if (!TRANSITIONS.getOrDefault(status, Map.of()).containsKey(action)) {
			throw new ConflictException("problem " + code() + " is " + status.name() + " (" + status.label() + "): cannot "
					+ action.name() + " (" + action.label() + ")");
		}
	}

	private void requireResponsible(UnitId unit) {
		if (unit == null || !(unit.equals(leadUnit) || coUnits.contains(unit))) {
			throw new ConflictException("unit " + unit + " is neither the lead unit nor a co-unit of problem " + code());
		}
	}

	private List<UnitId> distinctCoUnits(UnitId lead, List<UnitId> co) {
		if (lead == null) {
			throw new InvalidInputException("leadUnit", "a lead unit is required");
		}
		LinkedHashSet<UnitId> others = new LinkedHashSet<>(co == null ? List.of() : co);
		others.remove(lead);
		return List.copyOf(others);
	}

	private static void requireText(String field, String value, String reason) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, reason);
		}
	}

	private static void requireScore(String field, int score) {
		if (score < 0 || score > 100) {
			throw new InvalidInputException(field, "a score from 0 to 100");
		}
	}

	/** Every new event is checked against the transition table: a change the table does not allow is a bug. */
	@Override
	protected void record(ProblemEvent event) {
		ProblemStatus before = status;
		super.record(event);
		if (before != null && !(event instanceof RepeatReportMerged)) {
			ProblemAction action = actionOf(event);
			Set<ProblemStatus> targets = TRANSITIONS.get(before).get(action);
			if (!targets.contains(status)) {
				throw new IllegalStateException(action + " led from " + before + " to " + status + ", not in the table");
			}
		}
	}

	private static ProblemAction actionOf(ProblemEvent event) {
		if (event instanceof ResponsibleUnitsDesignated) {
			return DESIGNATE;
		}
		if (event instanceof ProblemAssigned) {
			return ASSIGN;
		}
		if (event instanceof ProgressReported) {
			return REPORT_PROGRESS;
		}
		if (event instanceof LongTermEntryOpened) {
			return OPEN_LONG_TERM_ENTRY;
		}
		if (event instanceof MilestoneCompleted) {
			return COMPLETE_MILESTONE;
		}
		if (event instanceof ClosureRequested) {
			return REQUEST_CLOSURE;
		}
		if (event instanceof RectificationEvaluated) {
			return EVALUATE;
		}
		if (event instanceof ProblemClosed) {
			return CLOSE;
		}
		if (event instanceof LookBackFellDue) {
			return FALL_DUE_FOR_LOOK_BACK;
		}
		if (event instanceof LookBackPassed) {
			return PASS_LOOK_BACK;
		}
		if (event instanceof ReboundFound) {
			return FIND_REBOUND;
		}
		if (event instanceof ReminderIssued) {
			return ISSUE_REMINDER;
		}
		if (event instanceof ReminderAcknowledged) {
			return ACKNOWLEDGE_REMINDER;
		}
		if (event instanceof SupervisionOrderIssued) {
			return ISSUE_SUPERVISION_ORDER;
		}
		if (event instanceof SupervisionReportMissed) {
			return MISS_SUPERVISION_REPORT;
		}
		if (event instanceof InterviewProposed) {
			return PROPOSE_INTERVIEW;
		}
		if (event instanceof InterviewDecided) {
			return DECIDE_INTERVIEW;
		}
		if (event instanceof InterviewScheduled) {
			return SCHEDULE_INTERVIEW;
		}
		if (event instanceof InterviewHeld) {
			return HOLD_INTERVIEW;
		}
		if (event instanceof InterviewReportReceived) {
			return REPORT_AFTER_INTERVIEW;
		}
		if (event instanceof InterviewReportOverdue) {
			return MISS_INTERVIEW_REPORT;
		}
		if (event instanceof ExtensionRequested) {
			return REQUEST_EXTENSION;
		}
		if (event instanceof ExtensionDecided) {
			return DECIDE_EXTENSION;
		}
		return MERGE_REPEAT_REPORT;
	}

	@Override
	protected void apply(ProblemEvent event) {
		if (event instanceof ProblemOpened e) {
			opening = e.masked();
			status = ACCEPTED;
			leadUnit = e.leadUnit();
			coUnits = e.coUnits();
			requiresDesignation = e.requiresDesignation();
		}
		else if (event instanceof ResponsibleUnitsDesignated e) {
			designation = e;
			leadUnit = e.leadUnit();
			coUnits = e.coUnits();
			status = DESIGNATED;
		}
		else if (event instanceof ProblemAssigned e) {
			notices.add(e);
			leadUnit = e.leadUnit();
			coUnits = e.coUnits();
			reach = Reach.orLocal(e.reach());
			newDeadline(e.deadline());
			rectifyingSince = day(e.issuedAt());
			extensionsThisCycle = 0;
			status = ASSIGNED;
		}
		else if (event instanceof ProgressReported e) {
			progress.add(e);
			lastReportDay = day(e.reportedAt());
			status = RECTIFYING;
		}
		else if (event instanceof LongTermEntryOpened e) {
			longTermEntry = e;
			if (!e.finalDeadline().equals(deadline)) {
				newDeadline(e.finalDeadline());
			}
			status = RECTIFYING;
		}
		else if (event instanceof MilestoneCompleted e) {
			completedMilestones.put(e.milestoneId(), e);
			lastReportDay = day(e.completedAt());
		}
		else if (event instanceof ClosureRequested e) {
			closureRequests.add(e);
			lastReportDay = day(e.requestedAt());
			status = CLOSURE_REQUESTED;
		}
		else if (event instanceof RectificationEvaluated e) {
			evaluations.add(e);
			status = e.verdict() == Verdict.PASS ? PASSED_EVALUATION : RECTIFYING;
			if (status == RECTIFYING) {
				rectifyingSince = day(e.evaluatedAt());
			}
		}
		else if (event instanceof ProblemClosed e) {
			closure = e;
			orders.replaceAll((orderId, order) -> order.ended());
			interviews.values()
				.stream()
				.filter(i -> i.pending() || (i.held() != null && i.overdue() == null && !i.unitsYetToReport().isEmpty()))
				.forEach(i -> lapsed.add(i.proposal().interviewId()));
			extensions.values().stream().filter(Extension::pending).forEach(x -> lapsed.add(x.request().requestId()));
			lookBackDueAt = e.lookBackDueAt();
			status = CLOSED;
		}
		else if (event instanceof LookBackFellDue) {
			status = LOOK_BACK_DUE;
		}
		else if (event instanceof LookBackPassed e) {
			lookBacks.add(e);
			status = LOOK_BACK_PASSED;
		}
		else if (event instanceof ReboundFound e) {
			rebounds.add(e);
			closure = null;
			lookBackDueAt = null;
			longTermEntry = null;
			completedMilestones.clear();
			status = REOPENED;
		}
		else if (event instanceof RepeatReportMerged e) {
			repeats.add(e);
		}
		else {
			applyChase(event);
		}
	}

	private void applyChase(ProblemEvent event) {
		if (event instanceof ReminderIssued e) {
			reminders.put(e.reminderId(), new Reminder(e, List.of()));
			if (e.round() == round) {
				stepsIssued = e.step() + 1;
			}
		}
		else if (event instanceof ReminderAcknowledged e) {
			reminders.computeIfPresent(e.reminderId(), (k, r) -> r.with(e));
		}
		else if (event instanceof SupervisionOrderIssued e) {
			orders.replaceAll((orderId, order) -> order.ended());
			orders.put(e.orderId(), new SupervisionOrder(e, List.of(), true));
			if (!e.deadline().equals(deadline)) {
				newDeadline(e.deadline());
			}
		}
		else if (event instanceof SupervisionReportMissed e) {
			orders.computeIfPresent(e.orderId(), (k, o) -> o.with(e));
		}
		else if (event instanceof InterviewProposed e) {
			interviews.put(e.interviewId(), Interview.proposed(e));
		}
		else if (event instanceof InterviewDecided e) {
			interviews.computeIfPresent(e.interviewId(), (k, i) -> i.with(e));
		}
		else if (event instanceof InterviewScheduled e) {
			interviews.computeIfPresent(e.interviewId(), (k, i) -> i.with(e));
		}
		else if (event instanceof InterviewHeld e) {
			interviews.computeIfPresent(e.interviewId(), (k, i) -> i.with(e));
		}
		else if (event instanceof InterviewReportReceived e) {
			interviews.computeIfPresent(e.interviewId(), (k, i) -> i.with(e));
		}
		else if (event instanceof InterviewReportOverdue e) {
			interviews.computeIfPresent(e.interviewId(), (k, i) -> i.with(e));
		}
		else if (event instanceof ExtensionRequested e) {
			extensions.put(e.requestId(), new Extension(e, null));
		}
		else if (event instanceof ExtensionDecided e) {
			extensions.computeIfPresent(e.requestId(), (k, x) -> new Extension(x.request(), e));
			if (e.approved()) {
				newDeadline(e.newDeadline());
				extensionsThisCycle++;
			}
		}
	}

	/** A new deadline starts the reminder ladder again. */
	private void newDeadline(LocalDate day) {
		deadline = day;
		round++;
		stepsIssued = 0;
	}

	public ProblemId id() {
		return id;
	}

	public String code() {
		return opening == null ? id.toString() : opening.code();
	}

	public ProblemOpened opening() {
		return opening;
	}

	public ProblemStatus status() {
		return status;
	}

	public UnitId leadUnit() {
		return leadUnit;
	}

	public List<UnitId> coUnits() {
		return coUnits;
	}

	/** The lead unit and the co-units: who sees and works on the problem. */
	public List<UnitId> responsibleUnits() {
		List<UnitId> all = new ArrayList<>();
		if (leadUnit != null) {
			all.add(leadUnit);
		}
		all.addAll(coUnits);
		return all;
	}

	public boolean requiresDesignation() {
		return requiresDesignation;
	}

	public ResponsibleUnitsDesignated designation() {
		return designation;
	}

	public List<ProblemAssigned> notices() {
		return List.copyOf(notices);
	}

	public LocalDate deadline() {
		return deadline;
	}

	public List<ProgressReported> progress() {
		return List.copyOf(progress);
	}

	public LongTermEntryOpened longTermEntry() {
		return longTermEntry;
	}

	public boolean isMilestoneCompleted(UUID milestoneId) {
		return completedMilestones.containsKey(milestoneId);
	}

	public List<MilestoneCompleted> completedMilestones() {
		return List.copyOf(completedMilestones.values());
	}

	public List<ClosureRequested> closureRequests() {
		return List.copyOf(closureRequests);
	}

	public List<RectificationEvaluated> evaluations() {
		return List.copyOf(evaluations);
	}

	public int falseRectifications() {
		return (int) evaluations.stream().filter(e -> e.verdict() == Verdict.FALSE_RECTIFICATION).count();
	}

	/** The due date of the earliest milestone not yet met, if the problem has a long-term entry. */
	public LocalDate nextMilestoneDue() {
		if (longTermEntry == null) {
			return null;
		}
		return longTermEntry.milestones()
			.stream()
			.filter(m -> !completedMilestones.containsKey(m.id()))
			.map(Milestone::due)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	public ProblemClosed closure() {
		return closure;
	}

	public Instant lookBackDueAt() {
		return lookBackDueAt;
	}

	public List<LookBackPassed> lookBacks() {
		return List.copyOf(lookBacks);
	}

	public List<ReboundFound> rebounds() {
		return List.copyOf(rebounds);
	}

	public List<RepeatReportMerged> repeats() {
		return List.copyOf(repeats);
	}

	public Reach reach() {
		return reach;
	}

	public List<Reminder> reminders() {
		return List.copyOf(reminders.values());
	}

	public List<SupervisionOrder> supervisionOrders() {
		return List.copyOf(orders.values());
	}

	public List<Interview> interviews() {
		return List.copyOf(interviews.values());
	}

	public List<Extension> extensions() {
		return List.copyOf(extensions.values());
	}

	/** Units a reminder was addressed to that are not responsible for the problem (area-wide notices). */
	public List<UnitId> notifiedUnits() {
		LinkedHashSet<UnitId> units = new LinkedHashSet<>();
		reminders.values().forEach(r -> units.addAll(r.issued().addressees()));
		units.removeAll(responsibleUnits());
		return List.copyOf(units);
	}

}
