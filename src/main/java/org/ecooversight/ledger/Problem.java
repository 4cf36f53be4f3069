package org.ecooversight.ledger;

import static org.ecooversight.ledger.ProblemAction.ASSIGN;
import static org.ecooversight.ledger.ProblemAction.CLOSE;
import static org.ecooversight.ledger.ProblemAction.COMPLETE_MILESTONE;
import static org.ecooversight.ledger.ProblemAction.DESIGNATE;
import static org.ecooversight.ledger.ProblemAction.EVALUATE;
import static org.ecooversight.ledger.ProblemAction.FALL_DUE_FOR_LOOK_BACK;
import static org.ecooversight.ledger.ProblemAction.FIND_REBOUND;
import static org.ecooversight.ledger.ProblemAction.MERGE_REPEAT_REPORT;
import static org.ecooversight.ledger.ProblemAction.OPEN_LONG_TERM_ENTRY;
import static org.ecooversight.ledger.ProblemAction.PASS_LOOK_BACK;
import static org.ecooversight.ledger.ProblemAction.REPORT_PROGRESS;
import static org.ecooversight.ledger.ProblemAction.REQUEST_CLOSURE;
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

import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.intake.LeadId;
import org.ecooversight.ledger.ProblemEvent.ClosureRequested;
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
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;

/**
 * A problem on the ledger. Its state is the fold of its recorded events; its verbs check the
 * current state against {@link #TRANSITIONS}, check the action's own rules, and record one
 * past-tense event. There are no setters: the record is the only way state changes, so the record
 * is complete.
 */
public final class Problem {

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
	private int version;
	private final List<ProblemEvent> pending = new ArrayList<>();

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
		history.forEach(problem::apply);
		problem.version = history.size();
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
			List<CopyRecipient> copiedTo, Instant now, LocalDate today) {
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
				List.copyOf(copiedTo), now));
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

	private void record(ProblemEvent event) {
		ProblemStatus before = status;
		apply(event);
		if (before != null && !(event instanceof RepeatReportMerged)) {
			ProblemAction action = actionOf(event);
			Set<ProblemStatus> targets = TRANSITIONS.get(before).get(action);
			if (!targets.contains(status)) {
				throw new IllegalStateException(action + " led from " + before + " to " + status + ", not in the table");
			}
		}
		pending.add(event);
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
		return MERGE_REPEAT_REPORT;
	}

	private void apply(ProblemEvent event) {
		if (event instanceof ProblemOpened e) {
			opening = e;
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
			deadline = e.deadline();
			status = ASSIGNED;
		}
		else if (event instanceof ProgressReported e) {
			progress.add(e);
			status = RECTIFYING;
		}
		else if (event instanceof LongTermEntryOpened e) {
			longTermEntry = e;
			deadline = e.finalDeadline();
			status = RECTIFYING;
		}
		else if (event instanceof MilestoneCompleted e) {
			completedMilestones.put(e.milestoneId(), e);
		}
		else if (event instanceof ClosureRequested e) {
			closureRequests.add(e);
			status = CLOSURE_REQUESTED;
		}
		else if (event instanceof RectificationEvaluated e) {
			evaluations.add(e);
			status = e.verdict() == Verdict.PASS ? PASSED_EVALUATION : RECTIFYING;
		}
		else if (event instanceof ProblemClosed e) {
			closure = e;
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
	}

	public List<ProblemEvent> pendingEvents() {
		return List.copyOf(pending);
	}

	public void markSaved() {
		version += pending.size();
		pending.clear();
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

	public int version() {
		return version;
	}
}
