package org.ecooversight.ledger.web;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.RecordedEvent;
import org.ecooversight.intake.Channel;
import org.ecooversight.ledger.AssigningProblem;
import org.ecooversight.ledger.AssigningProblem.AssignProblem;
import org.ecooversight.ledger.ClosingProblem;
import org.ecooversight.ledger.Colour;
import org.ecooversight.ledger.ClosingProblem.CloseProblem;
import org.ecooversight.ledger.CompletingMilestone;
import org.ecooversight.ledger.CompletingMilestone.CompleteMilestone;
import org.ecooversight.ledger.DesignatingUnits;
import org.ecooversight.ledger.DesignatingUnits.DesignateUnits;
import org.ecooversight.ledger.EvaluatingRectification;
import org.ecooversight.ledger.EvaluatingRectification.EvaluateRectification;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.LookingBack;
import org.ecooversight.ledger.LookingBack.LookBackFinding;
import org.ecooversight.ledger.OpeningLongTermEntry;
import org.ecooversight.ledger.OpeningLongTermEntry.OpenLongTermEntry;
import org.ecooversight.ledger.OpeningLongTermEntry.PlannedMilestone;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ProblemQueries;
import org.ecooversight.ledger.ProblemQueries.Filter;
import org.ecooversight.ledger.ProblemStatus;
import org.ecooversight.ledger.Problems;
import org.ecooversight.ledger.Reach;
import org.ecooversight.ledger.ReportingProgress;
import org.ecooversight.ledger.ReportingProgress.ReportProgress;
import org.ecooversight.ledger.RequestingClosure;
import org.ecooversight.ledger.RequestingClosure.RequestClosure;
import org.ecooversight.ledger.Verdict;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem ledger over HTTP: the list, one problem, its record, and one POST per action. Every
 * answer about one problem carries its version as an ETag; an action sent with If-Match is refused
 * with 412 if the problem moved on, and two concurrent actions can never both succeed (409).
 * Actions that come with evidence also accept multipart: the part "body" as JSON and parts "files".
 */
@RestController
@RequestMapping("/api/v1/problems")
@Tag(name = "Problems", description = "问题清单与台账: the life of a problem")
class ProblemController {

	private final Problems problems;
	private final ProblemQueries queries;
	private final Organisation organisation;
	private final EventStore record;
	private final DesignatingUnits designating;
	private final AssigningProblem assigning;
	private final ReportingProgress reporting;
	private final OpeningLongTermEntry longTerm;
	private final CompletingMilestone milestones;
	private final RequestingClosure closureRequests;
	private final EvaluatingRectification evaluating;
	private final ClosingProblem closing;
	private final LookingBack lookingBack;
	private final ProblemViews views;
	private final JsonMapper json;

	ProblemController(Problems problems, ProblemQueries queries, Organisation organisation, EventStore record,
			DesignatingUnits designating, AssigningProblem assigning, ReportingProgress reporting,
			OpeningLongTermEntry longTerm, CompletingMilestone milestones, RequestingClosure closureRequests,
			EvaluatingRectification evaluating, ClosingProblem closing, LookingBack lookingBack, ProblemViews views,
			JsonMapper json) {
		this.problems = problems;
		this.queries = queries;
		this.organisation = organisation;
		this.record = record;
		this.designating = designating;
		this.assigning = assigning;
		this.reporting = reporting;
		this.longTerm = longTerm;
		this.milestones = milestones;
		this.closureRequests = closureRequests;
		this.evaluating = evaluating;
		this.closing = closing;
		this.lookingBack = lookingBack;
		this.views = views;
		this.json = json;
	}

	@Operation(summary = "The problem list, filtered and paged; a department or town sees only its own problems")
	@GetMapping
	ProblemQueries.Page list(@RequestParam(required = false) String town, @RequestParam(required = false) UnitId unit,
			@RequestParam(required = false) ProblemStatus status, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) String pollutionType, @RequestParam(required = false) LocalDate acceptedFrom,
			@RequestParam(required = false) LocalDate acceptedTo, @RequestParam(required = false) Colour colour,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		Filter filter = new Filter(town, unit, status, channel, pollutionType,
				acceptedFrom == null ? null : acceptedFrom.atStartOfDay(ChinaTime.ZONE).toInstant(),
				acceptedTo == null ? null : acceptedTo.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(),
				Boolean.TRUE.equals(overdue) ? Colour.RED : colour, q);
		return queries.list(filter, actor, page, size);
	}

	@Operation(summary = "Colour warnings (red overdue, yellow behind plan, blue near the deadline) counted per town or per unit")
	@GetMapping("/warnings")
	List<ProblemQueries.ColourCount> warnings(@RequestParam(defaultValue = "town") String by, Actor actor) {
		if (!by.equals("town") && !by.equals("unit")) {
			throw new InvalidInputException("by", "town or unit");
		}
		return queries.colourCounts(by.equals("unit"), actor);
	}

	@Operation(summary = "One problem, with its version as ETag")
	@GetMapping("/{id}")
	ResponseEntity<ProblemView> get(@PathVariable ProblemId id, Actor actor) {
		return view(LedgerAccess.visible(actor, problems.require(id)));
	}

	/**
	 * One event of a problem's record, with its place in the hash chain. {@code personalDataMasked}:
	 * the event was recorded before intake masked descriptions, and the payload shown has the personal
	 * data in its description masked (the hashes are those of the payload as recorded).
	 */
	record EventView(int seq, String type, java.time.Instant occurredAt, String actor, JsonNode payload,
			String prevHash, String hash, boolean personalDataMasked) {
	}

	@Operation(summary = "The problem's tamper-evident record: every event, in order, with its chain hashes")
	@GetMapping("/{id}/events")
	List<EventView> events(@PathVariable ProblemId id, Actor actor) {
		LedgerAccess.visible(actor, problems.require(id));
		List<EventView> events = new ArrayList<>();
		for (RecordedEvent e : record.load(id.value()).events()) {
			JsonNode payload = json.readTree(e.payload());
			boolean masked = maskOldDescription(e.eventType(), payload);
			events.add(new EventView(e.seq(), e.eventType(), e.occurredAt(), e.actor(), payload, e.prevHash(), e.hash(),
					masked));
		}
		return events;
	}

	/**
	 * A problem opened before intake masked descriptions carries the description as written in its
	 * recorded opening, which cannot be rewritten: it is masked here, as the replayed problem is.
	 */
	static boolean maskOldDescription(String type, JsonNode payload) {
		if (!"ProblemOpened".equals(type) || payload.path("descriptionMasked").asBoolean(false)
				|| !(payload instanceof tools.jackson.databind.node.ObjectNode opened) || !payload.path("description").isString()) {
			return false;
		}
		String description = payload.path("description").asString();
		String masked = org.ecooversight.intake.PersonalData.mask(description);
		if (masked.equals(description)) {
			return false;
		}
		opened.put("description", masked);
		return true;
	}

	record DesignateBody(UnitId leadUnit, List<UnitId> coUnits, String decisionReference, String reason) {
	}

	@Operation(summary = "确定责任单位: the party committee and government designate the lead unit and co-units")
	@PostMapping(path = "/{id}/designate", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> designate(@PathVariable ProblemId id, @RequestBody DesignateBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(designating.designate(
				new DesignateUnits(id, body.leadUnit(), body.coUnits(), body.decisionReference(), body.reason()),
				version(ifMatch), actor));
	}

	/** {@code reach}: LOCAL (default), REGION_WIDE or INDUSTRY_WIDE (Q, 提醒机制: 区域性、行业性问题). */
	record AssignBody(String requirements, LocalDate deadline, List<UnitId> coUnits, Reach reach) {
	}

	@Operation(summary = "交办: issue the rectification notice with requirements and a deadline")
	@PostMapping(path = "/{id}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> assign(@PathVariable ProblemId id, @RequestBody AssignBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(assigning.assign(new AssignProblem(id, body.requirements(), body.deadline(), body.coUnits(), body.reach()),
				version(ifMatch), actor));
	}

	record ProgressBody(String content, Integer percentComplete) {
	}

	@Operation(summary = "整改进展: the lead unit or a co-unit reports progress")
	@PostMapping(path = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> progress(@PathVariable ProblemId id, @RequestBody ProgressBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(reporting.report(new ReportProgress(id, body.content(), body.percentComplete()), List.of(),
				version(ifMatch), actor));
	}

	@Operation(summary = "整改进展 with photos and documents (multipart: part 'body' as JSON, parts 'files')")
	@PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ProblemView> progressWithFiles(@PathVariable ProblemId id, @RequestPart("body") ProgressBody body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(reporting.report(new ReportProgress(id, body.content(), body.percentComplete()), Upload.of(files),
				version(ifMatch), actor));
	}

	record LongTermBody(String reason, List<PlannedMilestone> milestones, LocalDate finalDeadline) {
	}

	@Operation(summary = "建立长期整改台账: a long-term entry with milestones")
	@PostMapping(path = "/{id}/long-term-entry", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> longTerm(@PathVariable ProblemId id, @RequestBody LongTermBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(longTerm.open(new OpenLongTermEntry(id, body.reason(), body.milestones(), body.finalDeadline()),
				version(ifMatch), actor));
	}

	record MilestoneBody(String note) {
	}

	@Operation(summary = "A milestone of the long-term entry is met")
	@PostMapping(path = "/{id}/milestones/{milestoneId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> completeMilestone(@PathVariable ProblemId id, @PathVariable UUID milestoneId,
			@RequestBody MilestoneBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor actor) {
		return view(milestones.complete(new CompleteMilestone(id, milestoneId, body.note()), List.of(),
				version(ifMatch), actor));
	}

	record ClosureBody(String summary) {
	}

	@Operation(summary = "申请销号: the lead unit asks for evaluation and the acceptance check")
	@PostMapping(path = "/{id}/closure-request", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> requestClosure(@PathVariable ProblemId id, @RequestBody ClosureBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(closureRequests.request(new RequestClosure(id, body.summary()), List.of(), version(ifMatch), actor));
	}

	@Operation(summary = "申请销号 with evidence (multipart)")
	@PostMapping(path = "/{id}/closure-request", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ProblemView> requestClosureWithFiles(@PathVariable ProblemId id,
			@RequestPart("body") ClosureBody body, @RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(closureRequests.request(new RequestClosure(id, body.summary()), Upload.of(files), version(ifMatch),
				actor));
	}

	record EvaluationBody(Integer measuresScore, Integer progressScore, Integer effectScore, Verdict verdict,
			String opinion) {
	}

	@Operation(summary = "评判: judge measures, progress and effect; pass, return, or false rectification")
	@PostMapping(path = "/{id}/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> evaluate(@PathVariable ProblemId id, @RequestBody EvaluationBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(evaluating.evaluate(new EvaluateRectification(id, body.measuresScore(), body.progressScore(),
				body.effectScore(), body.verdict(), body.opinion()), version(ifMatch), actor));
	}

	record CloseBody(String acceptanceNote, String publicReply, List<String> inspectors) {
	}

	@Operation(summary = "验收销号: the acceptance check strikes the problem off the ledger")
	@PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> close(@PathVariable ProblemId id, @RequestBody CloseBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(closing.close(new CloseProblem(id, body.acceptanceNote(), body.publicReply(), body.inspectors()), List.of(),
				version(ifMatch), actor));
	}

	record FindingBody(String note) {
	}

	@Operation(summary = "回头看通过: the look-back found the problem has not come back")
	@PostMapping(path = "/{id}/look-back/pass", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> passLookBack(@PathVariable ProblemId id, @RequestBody FindingBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(lookingBack.pass(new LookBackFinding(id, body.note()), List.of(), version(ifMatch), actor));
	}

	@Operation(summary = "发现反弹: the problem came back; it is reopened with its history")
	@PostMapping(path = "/{id}/look-back/rebound", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> rebound(@PathVariable ProblemId id, @RequestBody FindingBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(lookingBack.rebound(new LookBackFinding(id, body.note()), List.of(), version(ifMatch), actor));
	}

	private ResponseEntity<ProblemView> view(Problem problem) {
		return views.answer(problem);
	}

	/** The version named by If-Match ("3", W/"3" or 3); none: no precondition. */
	static Integer version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("If-Match", "the problem's version as given in its ETag, e.g. \"3\"");
		}
	}
}
