package org.ecooversight.ledger.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.SupervisingProblem;
import org.ecooversight.ledger.SupervisingProblem.HoldInterview;
import org.ecooversight.ledger.SupervisingProblem.IssueSupervisionOrder;
import org.ecooversight.ledger.SupervisingProblem.ProposeInterview;
import org.ecooversight.ledger.SupervisingProblem.ScheduleInterview;
import org.ecooversight.ledger.SupervisionKind;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The chase over HTTP: read receipts for reminders, supervision orders, interviews from proposal to
 * the units' reports, and extensions. Reminders themselves, missed reports and overdue interview
 * reports are not posted by anyone: they fall due (see {@code ChasingDeadlines}). Every answer is
 * the problem as {@code GET /api/v1/problems/{id}} shows it, with its version as ETag.
 */
@RestController
@RequestMapping("/api/v1/problems/{id}")
@Tag(name = "Chase", description = "提醒、督办、约谈、延期: deadlines that chase themselves")
class ChaseController {

	private final SupervisingProblem supervising;
	private final Organisation organisation;
	private final ProblemViews views;

	ChaseController(SupervisingProblem supervising, Organisation organisation, ProblemViews views) {
		this.supervising = supervising;
		this.organisation = organisation;
		this.views = views;
	}

	@Operation(summary = "签收: an addressee unit acknowledges a reminder (read receipt)")
	@PostMapping("/reminders/{reminderId}/acknowledgement")
	ResponseEntity<ProblemView> acknowledge(@PathVariable ProblemId id, @PathVariable UUID reminderId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(supervising.acknowledgeReminder(id, reminderId, ProblemController.version(ifMatch), actor));
	}

	/** {@code reportEveryDays}: how often the units report while the order stands (default: the policy). */
	record OrderBody(SupervisionKind kind, String requirements, java.time.LocalDate deadline, Integer reportEveryDays) {
	}

	@Operation(summary = "督办 / 挂牌督办: a leader's supervision order, optionally with a tighter deadline")
	@PostMapping(path = "/supervision-orders", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> order(@PathVariable ProblemId id, @RequestBody OrderBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(supervising.issueSupervisionOrder(id,
				new IssueSupervisionOrder(body.kind(), body.requirements(), body.deadline(), body.reportEveryDays()),
				ProblemController.version(ifMatch), actor));
	}

	record ProposalBody(List<UnitId> interviewees, String reason) {
	}

	@Operation(summary = "建议约谈: the task force proposes an interview of the responsible units")
	@PostMapping(path = "/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> propose(@PathVariable ProblemId id, @RequestBody ProposalBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(supervising.proposeInterview(id, new ProposeInterview(body.interviewees(), body.reason()),
				ProblemController.version(ifMatch), actor));
	}

	record DecisionBody(Boolean approved, String opinion) {

		boolean approval() {
			if (approved == null) {
				throw new InvalidInputException("approved", "true to approve, false to refuse");
			}
			return approved;
		}
	}

	@Operation(summary = "The county leader approves the interview or turns it down")
	@PostMapping(path = "/interviews/{interviewId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> decideInterview(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestBody DecisionBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor actor) {
		return view(supervising.decideInterview(id, interviewId, body.approval(), body.opinion(),
				ProblemController.version(ifMatch), actor));
	}

	@Operation(summary = "Schedule an approved interview: when, where, who conducts it")
	@PostMapping(path = "/interviews/{interviewId}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> schedule(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestBody ScheduleInterview body, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor actor) {
		return view(supervising.scheduleInterview(id, interviewId, body, ProblemController.version(ifMatch), actor));
	}

	@Operation(summary = "约谈: record the interview as held, with attendees and minutes; the reports fall due")
	@PostMapping(path = "/interviews/{interviewId}/held", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> held(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestBody HoldInterview body, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor actor) {
		return view(supervising.holdInterview(id, interviewId, body, ProblemController.version(ifMatch), actor));
	}

	record ReportBody(String content) {
	}

	@Operation(summary = "The interviewed unit's report on its self-examination and rectification")
	@PostMapping(path = "/interviews/{interviewId}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> report(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestBody ReportBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor actor) {
		return view(supervising.reportAfterInterview(id, interviewId, body.content(), List.of(),
				ProblemController.version(ifMatch), actor));
	}

	@Operation(summary = "The report after an interview, with documents (multipart: part body as JSON, parts files)")
	@PostMapping(path = "/interviews/{interviewId}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ProblemView> reportWithFiles(@PathVariable ProblemId id, @PathVariable UUID interviewId,
			@RequestPart("body") ReportBody body, @RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		return view(supervising.reportAfterInterview(id, interviewId, body.content(), Upload.of(files),
				ProblemController.version(ifMatch), actor));
	}

	record ExtensionBody(Integer workingDays, String reason) {
	}

	@Operation(summary = "申请延期: a responsible unit asks for more working days, with a reason")
	@PostMapping(path = "/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> requestExtension(@PathVariable ProblemId id, @RequestBody ExtensionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Actor actor) {
		if (body.workingDays() == null) {
			throw new InvalidInputException("workingDays", "how many working days are asked for");
		}
		return view(supervising.requestExtension(id, body.workingDays(), body.reason(),
				ProblemController.version(ifMatch), actor));
	}

	@Operation(summary = "The approver (policy) grants or refuses an extension; a grant moves the deadline")
	@PostMapping(path = "/extensions/{requestId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemView> decideExtension(@PathVariable ProblemId id, @PathVariable UUID requestId,
			@RequestBody DecisionBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			Actor actor) {
		return view(supervising.decideExtension(id, requestId, body.approval(), body.opinion(),
				ProblemController.version(ifMatch), actor));
	}

	private ResponseEntity<ProblemView> view(Problem problem) {
		return views.answer(problem);
	}
}
