package org.ecooversight.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.EventStream;
import org.ecooversight.audit.BreakWords;
import org.ecooversight.audit.Verification;
import org.ecooversight.audit.RecordedEvent;
import org.ecooversight.intake.Channel;
import org.ecooversight.ledger.AssigningProblem;
import org.ecooversight.ledger.AssigningProblem.AssignProblem;
import org.ecooversight.ledger.ClosingProblem;
import org.ecooversight.ledger.ClosingProblem.CloseProblem;
import org.ecooversight.ledger.CompletingMilestone;
import org.ecooversight.ledger.CompletingMilestone.CompleteMilestone;
import org.ecooversight.ledger.DesignatingUnits;
import org.ecooversight.ledger.DesignatingUnits.DesignateUnits;
import org.ecooversight.ledger.OpeningLongTermEntry;
import org.ecooversight.ledger.OpeningLongTermEntry.OpenLongTermEntry;
import org.ecooversight.ledger.OpeningLongTermEntry.PlannedMilestone;
import org.ecooversight.ledger.Colour;
import org.ecooversight.ledger.EvaluatingRectification;
import org.ecooversight.ledger.EventWords;
import org.ecooversight.ledger.EvaluatingRectification.EvaluateRectification;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemAction;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ProblemQueries;
import org.ecooversight.ledger.ProblemQueries.Filter;
import org.ecooversight.ledger.ProblemStatus;
import org.ecooversight.ledger.Problems;
import org.ecooversight.ledger.ReportingProgress;
import org.ecooversight.ledger.ReportingProgress.ReportProgress;
import org.ecooversight.ledger.RequestingClosure;
import org.ecooversight.ledger.RequestingClosure.RequestClosure;
import org.ecooversight.ledger.SupervisingProblem;
import org.ecooversight.ledger.Verdict;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.PreconditionFailedException;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.shared.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The problem ledger's pages: the list with its filters, one problem with its record and the forms
 * for what the user's role may do now. Forms post to the same use cases as the API; a mistake is
 * shown next to its field, a refusal at the top.
 */
@Controller
class ProblemPages {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ProblemQueries queries;
	private final Problems problems;
	private final Organisation organisation;
	private final ProblemViews views;
	private final EventStore record;
	private final Regions regions;
	private final Domains domains;
	private final AssigningProblem assigning;
	private final ReportingProgress reporting;
	private final RequestingClosure closureRequests;
	private final EvaluatingRectification evaluating;
	private final ClosingProblem closing;
	private final SupervisingProblem supervising;
	private final org.ecooversight.ledger.LookingBack lookingBack;
	private final org.ecooversight.ledger.ChaseRules rules;
	private final DesignatingUnits designating;
	private final OpeningLongTermEntry longTerm;
	private final CompletingMilestone milestones;
	private final Labels labels;
	private final MessageSource messages;
	private final LocalWords words;
	private final BreakWords breakWords;
	private final String jurisdiction;

	ProblemPages(ProblemQueries queries, Problems problems, Organisation organisation, ProblemViews views,
			EventStore record, Regions regions, Domains domains, AssigningProblem assigning, ReportingProgress reporting,
			RequestingClosure closureRequests, EvaluatingRectification evaluating, ClosingProblem closing,
			SupervisingProblem supervising, org.ecooversight.ledger.LookingBack lookingBack,
			org.ecooversight.ledger.ChaseRules rules, DesignatingUnits designating, OpeningLongTermEntry longTerm,
			CompletingMilestone milestones, Labels labels, MessageSource messages, LocalWords words, BreakWords breakWords,
			Jurisdiction jurisdiction) {
		this.words = words;
		this.breakWords = breakWords;
		this.designating = designating;
		this.longTerm = longTerm;
		this.milestones = milestones;
		this.labels = labels;
		this.messages = messages;
		this.lookingBack = lookingBack;
		this.rules = rules;
		this.queries = queries;
		this.problems = problems;
		this.organisation = organisation;
		this.views = views;
		this.record = record;
		this.regions = regions;
		this.domains = domains;
		this.assigning = assigning;
		this.reporting = reporting;
		this.closureRequests = closureRequests;
		this.evaluating = evaluating;
		this.closing = closing;
		this.supervising = supervising;
		this.jurisdiction = jurisdiction.regionCode();
	}

	// ---- the list ----

	@GetMapping("/problems")
	String list(@RequestParam(required = false) String town, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String type, @RequestParam(required = false) String colour,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Actor actor,
			Model model) {
		Filter filter = filter(town, unit, status, channel, type, colour, from, to, q);
		ProblemQueries.Sort order = ProblemQueries.Sort.of(sort);
		boolean ascending = "asc".equals(dir);
		if (order == null) {
			order = ProblemQueries.Sort.ACCEPTED;
			ascending = false;
		}
		ProblemQueries.Page result = queries.list(filter, order, ascending, actor, Math.max(0, page), 50, LIST_COUNT);
		Set<UnitId> ids = new HashSet<>();
		result.items().forEach(l -> {
			if (l.leadUnitId() != null) {
				ids.add(l.leadUnitId());
			}
		});
		Map<UnitId, Unit> units = organisation.unitsById(ids);
		Map<String, String> towns = townNames();
		DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
		model.addAttribute("rows", result.items().stream().map(l -> new Row(l.id().value().toString(), l.code(),
				l.colour().name(), labels.of(l.colour()), labels.of(l.status()), towns.getOrDefault(l.townCode(), l.townCode()),
				l.description().length() > 60 ? l.description().substring(0, 60) + "…" : l.description(),
				l.leadUnitId() != null && units.containsKey(l.leadUnitId()) ? units.get(l.leadUnitId()).name() : "—",
				l.deadline() == null ? "—" : l.deadline().toString(), day.format(l.acceptedAt().atZone(ChinaTime.ZONE))))
			.toList());
		model.addAttribute("activeNav", "/problems");
		model.addAttribute("result", result);
		model.addAttribute("towns", regions.children(jurisdiction));
		model.addAttribute("statuses", ProblemStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("domains", domains.all());
		model.addAttribute("colours", Colour.values());
		if (actor.seesWholeJurisdiction()) {
			model.addAttribute("units", responsibleUnits());
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("town", town);
		params.put("unit", unit);
		params.put("status", status);
		params.put("channel", channel);
		params.put("type", type);
		params.put("colour", colour);
		params.put("from", from);
		params.put("to", to);
		params.put("q", q);
		model.addAttribute("params", params);
		model.addAttribute("query", query(params));
		// the order as chosen, and for each column the link that orders by it (again: the other way)
		Map<String, Object> sorted = new LinkedHashMap<>(params);
		sorted.put("sort", order.name().toLowerCase(java.util.Locale.ROOT));
		sorted.put("dir", ascending ? "asc" : "desc");
		model.addAttribute("sortQuery", query(sorted));
		model.addAttribute("sort", order.name());
		model.addAttribute("ascending", ascending);
		Map<String, String> sortLinks = new LinkedHashMap<>();
		for (ProblemQueries.Sort column : ProblemQueries.Sort.values()) {
			Map<String, Object> link = new LinkedHashMap<>(params);
			link.put("sort", column.name().toLowerCase(java.util.Locale.ROOT));
			boolean nextAscending = column == order ? !ascending : column != ProblemQueries.Sort.ACCEPTED;
			link.put("dir", nextAscending ? "asc" : "desc");
			sortLinks.put(column.name(), "/problems?" + query(link));
		}
		model.addAttribute("sortLinks", sortLinks);
		return "problems/list";
	}

	/** A line of the ledger as shown: everything already in words. */
	record Row(String id, String code, String colour, String colourLabel, String status, String town,
			String description, String leadUnit, String deadline, String accepted) {
	}

	static Filter filter(String town, UUID unit, String status, String channel, String type, String colour,
			LocalDate from, LocalDate to, String q) {
		return new Filter(blank(town), unit == null ? null : new UnitId(unit),
				known(ProblemStatus.class, "status", status), known(Channel.class, "channel", channel), blank(type),
				from == null ? null : from.atStartOfDay(ChinaTime.ZONE).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(),
				known(Colour.class, "colour", colour), blank(q));
	}

	/** A filter's value as one of its kind; one the form cannot send (an edited address) is refused. */
	private static <E extends Enum<E>> E known(Class<E> kind, String field, String value) {
		if (blank(value) == null) {
			return null;
		}
		try {
			return Enum.valueOf(kind, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new org.ecooversight.shared.InvalidInputException(field, "unknown value");
		}
	}

	/** The filtered ledger as an Excel workbook (at most {@value #EXPORT_MAX} rows, newest first). */
	@GetMapping("/problems/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String town,
			@RequestParam(required = false) UUID unit, @RequestParam(required = false) String status,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String type,
			@RequestParam(required = false) String colour, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q, Actor actor)
			throws java.io.IOException {
		Filter filter = filter(town, unit, status, channel, type, colour, from, to, q);
		Map<String, String> towns = townNames();
		try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200)) {
			java.util.Locale locale = LocaleContextHolder.getLocale();
			var sheet = book.createSheet(messages.getMessage("ledger.export.sheet", null, locale));
			String[] heads = java.util.stream.Stream
				.of("code", "status", "colour", "channel", "town", "description", "types", "leadUnit", "deadline",
						"accepted", "repeats", "rebounds")
				.map(column -> messages.getMessage("ledger.export." + column, null, locale))
				.toArray(String[]::new);
			var header = sheet.createRow(0);
			var bold = book.createCellStyle();
			var font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (int i = 0; i < heads.length; i++) {
				var cell = header.createCell(i);
				cell.setCellValue(heads[i]);
				cell.setCellStyle(bold);
			}
			int row = 1;
			Map<UnitId, Unit> units = new java.util.HashMap<>();
			for (int page = 0; row <= EXPORT_MAX; page++) {
				ProblemQueries.Page result = queries.list(filter, actor, page, 500);
				Set<UnitId> missing = new HashSet<>();
				result.items().forEach(l -> {
					if (l.leadUnitId() != null && !units.containsKey(l.leadUnitId())) {
						missing.add(l.leadUnitId());
					}
				});
				units.putAll(organisation.unitsById(missing));
				for (ProblemQueries.Line l : result.items()) {
					if (row > EXPORT_MAX) {
						break;
					}
					var r = sheet.createRow(row++);
					r.createCell(0).setCellValue(l.code());
					r.createCell(1).setCellValue(labels.of(l.status()));
					r.createCell(2).setCellValue(labels.of(l.colour()));
					r.createCell(3).setCellValue(labels.of(l.channel()));
					r.createCell(4).setCellValue(towns.getOrDefault(l.townCode(), l.townCode()));
					r.createCell(5).setCellValue(l.description());
					r.createCell(6).setCellValue(String.join("、", l.pollutionTypes()
						.stream()
						.map(t -> domains.find(t).map(d -> d.nameZh()).orElse(t))
						.toList()));
					Unit lead = l.leadUnitId() == null ? null : units.get(l.leadUnitId());
					r.createCell(7).setCellValue(lead == null ? "" : lead.name());
					r.createCell(8).setCellValue(l.deadline() == null ? "" : l.deadline().toString());
					r.createCell(9).setCellValue(TIME.format(l.acceptedAt().atZone(ChinaTime.ZONE)));
					r.createCell(10).setCellValue(l.repeatCount());
					r.createCell(11).setCellValue(l.reboundCount());
				}
				if (result.items().size() < 500) {
					break;
				}
			}
			sheet.setColumnWidth(0, 20 * 256);
			sheet.setColumnWidth(5, 60 * 256);
			sheet.setColumnWidth(7, 30 * 256);
			sheet.createFreezePane(0, 1);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			book.write(out);
			String name = java.net.URLEncoder.encode(messages.getMessage("ledger.export.sheet", null, locale) + ".xlsx",
					java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
			return org.springframework.http.ResponseEntity.ok()
				.header("Content-Disposition", "attachment; filename=\"problems.xlsx\"; filename*=UTF-8''" + name)
				.contentType(org.springframework.http.MediaType
					.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(out.toByteArray());
		}
	}

	static final int EXPORT_MAX = 50_000;

	/** The ledger page counts up to this many problems ("1000+"); the export and the API count all. */
	static final long LIST_COUNT = 1000;

	// ---- one problem ----

	@GetMapping("/problems/{id}")
	String problem(@PathVariable ProblemId id, Actor actor, Model model) {
		return render(id, actor, model, Map.of(), null);
	}

	private String render(ProblemId id, Actor actor, Model model, Map<String, String> errors, String openAction) {
		Problem problem = LedgerAccess.visible(actor, problems.require(id));
		EventStream stream = record.load(problem.id().value());
		ProblemView view = views.of(problem, stream);
		model.addAttribute("activeNav", "/problems");
		model.addAttribute("p", view);
		model.addAttribute("town", townNames().getOrDefault(view.place().townCode(), view.place().townCode()));
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		model.addAttribute("types", view.pollutionTypes()
			.stream()
			.map(t -> domains.find(t).map(d -> english ? org.springframework.util.StringUtils.capitalize(d.nameEn()) : d.nameZh()).orElse(t))
			.toList());
		model.addAttribute("timeline", timeline(stream));
		Verification.Break broken = view.recordIntegrity().brokenAt();
		if (broken != null) {
			String words = broken.eventType() == null ? null
					: breakWords.eventWords(broken.eventType(), EventWords.of(broken.eventType()));
			model.addAttribute("tampered", breakWords.describe(broken, words));
			model.addAttribute("brokenSeq", broken.seq());
		}
		Set<String> can = can(problem, actor);
		model.addAttribute("can", can);
		if (can.contains("designate")) {
			model.addAttribute("units", responsibleUnits());
		}
		model.addAttribute("verdicts", Verdict.values());
		model.addAttribute("errors", errors);
		model.addAttribute("openAction", openAction);
		return "problems/detail";
	}

	/** The actions offered: allowed by the problem's state and by the user's role. */
	private Set<String> can(Problem problem, Actor actor) {
		Set<String> can = new HashSet<>();
		Set<ProblemAction> allowed = problem.allowedActions();
		boolean taskForce = actor.hasAnyRole(LedgerAccess.TASK_FORCE);
		boolean unit = actor.unitId() != null && actor.hasAnyRole(LedgerAccess.UNIT_HANDLERS)
				&& problem.responsibleUnits().contains(new UnitId(actor.unitId()));
		boolean lead = unit && new UnitId(actor.unitId()).equals(problem.leadUnit());
		if (allowed.contains(ProblemAction.DESIGNATE) && actor.hasAnyRole(LedgerAccess.DESIGNATION)) {
			can.add("designate");
		}
		if (taskForce && allowed.contains(ProblemAction.ASSIGN)) {
			can.add("assign");
		}
		if (taskForce && allowed.contains(ProblemAction.OPEN_LONG_TERM_ENTRY)) {
			can.add("long-term");
		}
		if (unit && allowed.contains(ProblemAction.COMPLETE_MILESTONE)) {
			can.add("milestone");
		}
		if (unit && allowed.contains(ProblemAction.REPORT_PROGRESS)) {
			can.add("progress");
		}
		if (lead && allowed.contains(ProblemAction.REQUEST_CLOSURE)) {
			can.add("closure-request");
		}
		if (taskForce && allowed.contains(ProblemAction.EVALUATE)) {
			can.add("evaluation");
		}
		if (taskForce && allowed.contains(ProblemAction.CLOSE)) {
			can.add("close");
		}
		if (lead && allowed.contains(ProblemAction.REQUEST_EXTENSION)) {
			can.add("extension");
		}
		boolean chase = actor.hasAnyRole(LedgerAccess.CHASE);
		if (allowed.contains(ProblemAction.ISSUE_SUPERVISION_ORDER) && rules.mayIssueSupervisionOrder(actor)) {
			can.add("supervision");
		}
		if (chase && allowed.contains(ProblemAction.PROPOSE_INTERVIEW)) {
			can.add("propose-interview");
		}
		if (allowed.contains(ProblemAction.DECIDE_INTERVIEW) && rules.mayDecideInterview(actor)) {
			can.add("decide-interview");
		}
		if (chase && allowed.contains(ProblemAction.SCHEDULE_INTERVIEW)) {
			can.add("schedule-interview");
		}
		if (chase && allowed.contains(ProblemAction.HOLD_INTERVIEW)) {
			can.add("hold-interview");
		}
		if (unit && allowed.contains(ProblemAction.REPORT_AFTER_INTERVIEW)) {
			can.add("interview-report");
		}
		if (allowed.contains(ProblemAction.DECIDE_EXTENSION) && rules.mayDecideExtension(actor)) {
			can.add("decide-extension");
		}
		if (taskForce && allowed.contains(ProblemAction.PASS_LOOK_BACK)) {
			can.add("look-back");
		}
		if (taskForce && allowed.contains(ProblemAction.FIND_REBOUND)) {
			can.add("rebound");
		}
		if (actor.unitId() != null && actor.hasAnyRole(LedgerAccess.UNIT_HANDLERS)) {
			UnitId mine = new UnitId(actor.unitId());
			problem.reminders()
				.stream()
				.filter(r -> r.issued().addressees().contains(mine) && !r.acknowledgedBy(mine))
				.forEach(r -> can.add("ack:" + r.issued().reminderId()));
		}
		return can;
	}

	/** The record of the problem, each event in words, with who and when. */
	private List<TimelineEntry> timeline(EventStream stream) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (RecordedEvent e : stream.events()) {
			entries.add(new TimelineEntry(e.seq(), EventWords.of(e.eventType()), e.eventType(),
					TIME.format(e.occurredAt().atZone(ChinaTime.ZONE)), e.actor(), e.hash().substring(0, 12)));
		}
		return entries;
	}

	record TimelineEntry(int seq, String label, String type, String at, String actor, String hash) {
	}

	// ---- actions ----

	@PostMapping("/problems/{id}/assign")
	String assign(@PathVariable ProblemId id, @RequestParam(required = false) String requirements,
			@RequestParam(required = false) LocalDate deadline, @RequestParam(required = false) Integer version,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "assign", "ledger.done.assigned", actor, model, redirect,
				() -> assigning.assign(new AssignProblem(id, requirements, deadline, null), version, actor));
	}

	@PostMapping("/problems/{id}/progress")
	String progress(@PathVariable ProblemId id, @RequestParam(required = false) String content,
			@RequestParam(required = false) Integer percentComplete,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "progress", "ledger.done.progressReported", actor, model, redirect, () -> reporting.report(
				new ReportProgress(id, content, percentComplete), Upload.of(nonEmpty(files)), version, actor));
	}

	@PostMapping("/problems/{id}/closure-request")
	String closureRequest(@PathVariable ProblemId id, @RequestParam(required = false) String summary,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "closure-request", "ledger.done.closureRequested", actor, model, redirect, () -> closureRequests.request(
				new RequestClosure(id, summary), Upload.of(nonEmpty(files)), version, actor));
	}

	@PostMapping("/problems/{id}/evaluation")
	String evaluation(@PathVariable ProblemId id, @RequestParam(required = false) Integer measuresScore,
			@RequestParam(required = false) Integer progressScore, @RequestParam(required = false) Integer effectScore,
			@RequestParam(required = false) Verdict verdict, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "evaluation", "ledger.done.evaluated", actor, model, redirect, () -> evaluating.evaluate(
				new EvaluateRectification(id, measuresScore, progressScore, effectScore, verdict, opinion), version, actor));
	}

	@PostMapping("/problems/{id}/close")
	String close(@PathVariable ProblemId id, @RequestParam(required = false) String acceptanceNote,
			@RequestParam(required = false) String publicReply, @RequestParam(required = false) String inspectors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		List<String> names = inspectors == null ? List.of()
				: java.util.Arrays.stream(inspectors.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList();
		return act(id, "close", "ledger.done.closed", actor, model, redirect, () -> closing.close(
				new CloseProblem(id, acceptanceNote, publicReply, names), Upload.of(nonEmpty(files)), version, actor));
	}

	@PostMapping("/problems/{id}/extension")
	String extension(@PathVariable ProblemId id, @RequestParam(required = false) Integer workingDays,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "extension", "ledger.done.extensionRequested", actor, model, redirect, () -> {
			if (workingDays == null) {
				throw new InvalidInputException("workingDays", "how many working days are asked for");
			}
			return supervising.requestExtension(id, workingDays, reason, version, actor);
		});
	}

	@PostMapping("/problems/{id}/supervision")
	String supervision(@PathVariable ProblemId id, @RequestParam(required = false) org.ecooversight.ledger.SupervisionKind kind,
			@RequestParam(required = false) String requirements, @RequestParam(required = false) LocalDate deadline,
			@RequestParam(required = false) Integer reportEveryDays, @RequestParam(required = false) Integer version,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "supervision", "ledger.done.supervisionOrdered", actor, model, redirect, () -> supervising.issueSupervisionOrder(id,
				new SupervisingProblem.IssueSupervisionOrder(kind, requirements, deadline, reportEveryDays), version, actor));
	}

	@PostMapping("/problems/{id}/interviews")
	String proposeInterview(@PathVariable ProblemId id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "propose-interview", "ledger.done.interviewProposed", actor, model, redirect, () -> supervising.proposeInterview(id,
				new SupervisingProblem.ProposeInterview(null, reason), version, actor));
	}

	@PostMapping("/problems/{id}/interviews/{interviewId}/decision")
	String decideInterview(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestParam(required = false) Boolean approved, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "decide-interview", "ledger.done.interviewDecided", actor, model, redirect, () -> supervising.decideInterview(id,
				interviewId, Boolean.TRUE.equals(approved), opinion, version, actor));
	}

	@PostMapping("/problems/{id}/interviews/{interviewId}/schedule")
	String scheduleInterview(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestParam(required = false) java.time.LocalDateTime scheduledFor, @RequestParam(required = false) String place,
			@RequestParam(required = false) String interviewer, @RequestParam(required = false) Integer version, Actor actor,
			Model model, RedirectAttributes redirect) {
		return act(id, "schedule-interview", "ledger.done.interviewScheduled", actor, model, redirect, () -> supervising.scheduleInterview(id,
				interviewId, new SupervisingProblem.ScheduleInterview(scheduledFor == null ? null
						: scheduledFor.atZone(ChinaTime.ZONE).toInstant(), place, interviewer), version, actor));
	}

	@PostMapping("/problems/{id}/interviews/{interviewId}/held")
	String holdInterview(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestParam(required = false) String attendees, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		// one attendee per line: 姓名 单位 职务
		List<org.ecooversight.ledger.Attendee> people = attendees == null ? List.of()
				: attendees.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
					String[] parts = l.split("[\\s,，、]+", 3);
					return new org.ecooversight.ledger.Attendee(parts[0], parts.length > 1 ? parts[1] : null,
							parts.length > 2 ? parts[2] : null);
				}).toList();
		return act(id, "hold-interview", "ledger.done.interviewHeld", actor, model, redirect, () -> supervising.holdInterview(id,
				interviewId, new SupervisingProblem.HoldInterview(null, people, minutes), version, actor));
	}

	@PostMapping("/problems/{id}/interviews/{interviewId}/report")
	String interviewReport(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestParam(required = false) String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "interview-report", "ledger.done.interviewReported", actor, model, redirect, () -> supervising.reportAfterInterview(id,
				interviewId, content, Upload.of(nonEmpty(files)), version, actor));
	}

	@PostMapping("/problems/{id}/extensions/{requestId}/decision")
	String decideExtension(@PathVariable ProblemId id, @PathVariable UUID requestId,
			@RequestParam(required = false) Boolean approved, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "decide-extension", "ledger.done.extensionDecided", actor, model, redirect, () -> supervising.decideExtension(id,
				requestId, Boolean.TRUE.equals(approved), opinion, version, actor));
	}

	@PostMapping("/problems/{id}/look-back")
	String lookBack(@PathVariable ProblemId id, @RequestParam(required = false) String note,
			@RequestParam(required = false) boolean rebound,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		var finding = new org.ecooversight.ledger.LookingBack.LookBackFinding(id, note);
		return act(id, rebound ? "rebound" : "look-back", rebound ? "ledger.done.rebound" : "ledger.done.lookBack", actor, model, redirect,
				() -> rebound ? lookingBack.rebound(finding, Upload.of(nonEmpty(files)), version, actor)
						: lookingBack.pass(finding, Upload.of(nonEmpty(files)), version, actor));
	}

	@PostMapping("/problems/{id}/designation")
	String designate(@PathVariable ProblemId id, @RequestParam(required = false) UUID leadUnit,
			@RequestParam(required = false) List<UUID> coUnits, @RequestParam(required = false) String decisionReference,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version, Actor actor,
			Model model, RedirectAttributes redirect) {
		List<UnitId> co = coUnits == null ? List.of()
				: coUnits.stream().filter(u -> !u.equals(leadUnit)).distinct().map(UnitId::new).toList();
		return act(id, "designate", "ledger.done.designated", actor, model, redirect, () -> designating.designate(
				new DesignateUnits(id, leadUnit == null ? null : new UnitId(leadUnit), co, decisionReference, reason),
				version, actor));
	}

	/**
	 * A long-term entry (长期整改台账): the milestones are typed one per line, the date first
	 * ({@code 2027-03-31 完成管网改造}); a line that does not start with a date is refused at its line.
	 */
	@PostMapping("/problems/{id}/long-term-entry")
	String openLongTermEntry(@PathVariable ProblemId id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String milestones, @RequestParam(required = false) LocalDate finalDeadline,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "long-term", "ledger.done.longTermOpened", actor, model, redirect, () -> longTerm.open(
				new OpenLongTermEntry(id, reason, plannedMilestones(milestones), finalDeadline), version, actor));
	}

	static List<PlannedMilestone> plannedMilestones(String text) {
		List<PlannedMilestone> planned = new ArrayList<>();
		if (text == null) {
			return planned;
		}
		List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("[\\s,，、：:]+", 2);
			LocalDate due;
			try {
				due = LocalDate.parse(parts[0].replace('/', '-').replace('.', '-'));
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new InvalidInputException("milestones",
						"line " + (i + 1) + ": start with the date the milestone falls due, e.g. 2027-03-31");
			}
			planned.add(new PlannedMilestone(parts.length > 1 ? parts[1] : null, due));
		}
		return planned;
	}

	@PostMapping("/problems/{id}/milestones/{milestoneId}/completion")
	String completeMilestone(@PathVariable ProblemId id, @PathVariable UUID milestoneId,
			@RequestParam(required = false) String note,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, "milestone", "ledger.done.milestoneCompleted", actor, model, redirect, () -> milestones.complete(
				new CompleteMilestone(id, milestoneId, note), Upload.of(nonEmpty(files)), version, actor));
	}

	@PostMapping("/problems/{id}/reminders/{reminderId}/acknowledgement")
	String acknowledge(@PathVariable ProblemId id, @PathVariable UUID reminderId, Actor actor, Model model,
			RedirectAttributes redirect) {
		return act(id, "ack", "ledger.done.acknowledged", actor, model, redirect,
				() -> supervising.acknowledgeReminder(id, reminderId, null, actor));
	}

	private String act(ProblemId id, String action, String done, Actor actor, Model model, RedirectAttributes redirect,
			Supplier<Problem> change) {
		try {
			change.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:/problems/" + id.value();
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = words.errors("ledger", e);
			return render(id, actor, model, errors, action);
		}
		catch (ConflictException | ForbiddenException | PreconditionFailedException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			return "redirect:/problems/" + id.value();
		}
	}

	/** The units that can be made responsible for a problem: departments, governments, parks, enterprises. */
	private List<Unit> responsibleUnits() {
		Set<UnitKind> kinds = java.util.EnumSet.of(UnitKind.DEPARTMENT, UnitKind.GOVERNMENT, UnitKind.INDUSTRIAL_PARK,
				UnitKind.ENTERPRISE);
		return organisation.units().stream().filter(u -> kinds.contains(u.kind())).toList();
	}

	private Map<String, String> townNames() {
		Map<String, String> names = new LinkedHashMap<>();
		regions.children(jurisdiction).forEach(r -> names.put(r.code(), r.name()));
		return names;
	}

	private static List<MultipartFile> nonEmpty(List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String query(Map<String, Object> params) {
		StringBuilder q = new StringBuilder();
		params.forEach((k, v) -> {
			if (v != null && !v.toString().isBlank()) {
				q.append(q.length() == 0 ? "" : "&").append(k).append('=')
					.append(java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
			}
		});
		return q.toString();
	}
}
