package org.ecooversight.accountability.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.accountability.AccountabilityCase;
import org.ecooversight.audit.Integrity;
import org.ecooversight.accountability.AccountabilityFigures;
import org.ecooversight.accountability.AccountabilityQueries;
import org.ecooversight.accountability.CaseEvent.Tolerance;
import org.ecooversight.accountability.Distinction;
import org.ecooversight.accountability.OutcomeKind;
import org.ecooversight.accountability.PursuingCases;
import org.ecooversight.accountability.PursuingCases.AddParty;
import org.ecooversight.accountability.PursuingCases.Assess;
import org.ecooversight.accountability.PursuingCases.AssessTolerance;
import org.ecooversight.accountability.PursuingCases.Refer;
import org.ecooversight.accountability.RaisingTriggers;
import org.ecooversight.accountability.RaisingTriggers.Referral;
import org.ecooversight.accountability.Recipient;
import org.ecooversight.accountability.ReferralPackage;
import org.ecooversight.accountability.Trigger;
import org.ecooversight.accountability.TriggerEvent.Assessment;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accountability over HTTP. Referring a matter is open to departments, towns, the task force and the
 * committee office (passive trigger) and to discipline officers (active); everything else is the
 * discipline organ's, except the counts, which county leaders and the committee office also see.
 * Every read is recorded.
 */
@RestController
@RequestMapping("/api/v1/accountability")
@Tag(name = "Accountability", description = "问责: triggers, cases (三责同追), outcomes, referrals, figures")
class AccountabilityController {

	private final RaisingTriggers raising;
	private final PursuingCases pursuing;
	private final AccountabilityQueries queries;
	private final java.time.Clock clock;

	AccountabilityController(RaisingTriggers raising, PursuingCases pursuing, AccountabilityQueries queries,
			java.time.Clock clock) {
		this.raising = raising;
		this.pursuing = pursuing;
		this.queries = queries;
		this.clock = clock;
	}

	record Created(UUID id) {
	}

	@Operation(summary = "Refer a problem or lead to the discipline organ (passive), or open one (active, discipline officers)")
	@PostMapping(path = "/triggers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Created refer(@RequestBody Referral body, Actor actor) {
		return new Created(raising.refer(body, List.of(), actor));
	}

	@Operation(summary = "The same, with evidence files (multipart: part body as JSON, parts files)")
	@PostMapping(path = "/triggers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Created referWithFiles(@RequestPart("body") Referral body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files, Actor actor) {
		return new Created(raising.refer(body, Upload.of(files), actor));
	}

	@Operation(summary = "The trigger queue (综合研判): status QUEUED, OPEN_CASE, JOIN_CASE or NOT_PURSUED")
	@GetMapping("/triggers")
	List<AccountabilityQueries.QueueRow> queue(@RequestParam(required = false) String status, Actor actor) {
		return queries.queue(status, actor).items();
	}

	record TriggerView(UUID id, Object raised, Object assessment) {
	}

	@Operation(summary = "One trigger: the rule, its source and the facts that fired it")
	@GetMapping("/triggers/{id}")
	TriggerView trigger(@PathVariable UUID id, Actor actor) {
		Trigger t = queries.trigger(id, actor);
		return new TriggerView(t.id(), t.raised(), t.assessment());
	}

	record AssessBody(Assessment decision, UUID caseId, String reason) {
	}

	record Assessed(UUID caseId) {
	}

	@Operation(summary = "分类处置: open a case, join a case, or do not pursue (with a reason)")
	@PostMapping("/triggers/{id}/assessment")
	Assessed assess(@PathVariable UUID id, @RequestBody AssessBody body, Actor actor) {
		return new Assessed(pursuing.assess(id, new Assess(body.decision(), body.caseId(), body.reason()), actor));
	}

	@GetMapping("/cases")
	List<AccountabilityQueries.CaseRow> cases(Actor actor) {
		return queries.cases(actor);
	}

	@Operation(summary = "One case: the three responsibilities with their parties, decisions and referrals")
	@GetMapping("/cases/{id}")
	CaseView one(@PathVariable UUID id, Actor actor) {
		return view(queries.accountabilityCase(id, actor));
	}

	@PostMapping("/cases/{id}/parties")
	CaseView addParty(@PathVariable UUID id, @RequestBody AddParty body, Actor actor) {
		return view(pursuing.addParty(id, body, actor));
	}

	record ToleranceBody(Map<Distinction, Boolean> checklist, String notes, Tolerance tolerance, String reason) {
	}

	@Operation(summary = "容错纠错: the three distinctions answered, and the conclusion with its reason")
	@PostMapping("/cases/{id}/parties/{partyId}/fault-tolerance")
	CaseView tolerance(@PathVariable UUID id, @PathVariable UUID partyId, @RequestBody ToleranceBody body, Actor actor) {
		return view(pursuing.assessFaultTolerance(id, partyId,
				new AssessTolerance(body.checklist(), body.notes(), body.tolerance(), body.reason()), actor));
	}

	record ReasonBody(String reason) {
	}

	@Operation(summary = "整改减责: mitigation for prompt rectification, with the reason")
	@PostMapping("/cases/{id}/parties/{partyId}/mitigation")
	CaseView mitigate(@PathVariable UUID id, @PathVariable UUID partyId, @RequestBody ReasonBody body, Actor actor) {
		return view(pursuing.mitigate(id, partyId, body.reason(), actor));
	}

	record OutcomeBody(OutcomeKind outcome, String reason) {
	}

	@Operation(summary = "The decision on a person: a measure of the four forms, with the reason")
	@PostMapping("/cases/{id}/parties/{partyId}/outcome")
	CaseView outcome(@PathVariable UUID id, @PathVariable UUID partyId, @RequestBody OutcomeBody body, Actor actor) {
		return view(pursuing.decideOutcome(id, partyId, body.outcome(), body.reason(), actor));
	}

	@Operation(summary = "No responsibility pursued for this party, with the reason")
	@PostMapping("/cases/{id}/parties/{partyId}/clearance")
	CaseView clear(@PathVariable UUID id, @PathVariable UUID partyId, @RequestBody ReasonBody body, Actor actor) {
		return view(pursuing.clear(id, partyId, body.reason(), actor));
	}

	record ReferBody(Recipient recipient, String recipientName, String summary, Boolean includeReporterIdentity,
			String legalBasis) {
	}

	@Operation(summary = "移送: refer to law enforcement, the discipline organ or the judiciary, with a package")
	@PostMapping("/cases/{id}/referrals")
	CaseView refer(@PathVariable UUID id, @RequestBody ReferBody body, Actor actor) {
		return view(pursuing.refer(id, new Refer(body.recipient(), body.recipientName(), body.summary(),
				Boolean.TRUE.equals(body.includeReporterIdentity()), body.legalBasis()), actor));
	}

	@Operation(summary = "A referral's package: summary, evidence list, timeline (the reporter only where entitled)")
	@GetMapping("/cases/{id}/referrals/{referralId}/package")
	ReferralPackage referralPackage(@PathVariable UUID id, @PathVariable UUID referralId, Actor actor) {
		return pursuing.referralPackage(id, referralId, actor);
	}

	record ReceiptBody(LocalDate receivedOn, String receivedBy) {
	}

	@PostMapping("/cases/{id}/referrals/{referralId}/receipt")
	CaseView receipt(@PathVariable UUID id, @PathVariable UUID referralId, @RequestBody ReceiptBody body, Actor actor) {
		return view(pursuing.acknowledgeReceipt(id, referralId, body.receivedOn(), body.receivedBy(), actor));
	}

	record ReferralOutcomeBody(String outcome) {
	}

	@PostMapping("/cases/{id}/referrals/{referralId}/outcome")
	CaseView referralOutcome(@PathVariable UUID id, @PathVariable UUID referralId, @RequestBody ReferralOutcomeBody body,
			Actor actor) {
		return view(pursuing.recordReferralOutcome(id, referralId, body.outcome(), actor));
	}

	record SummaryBody(String summary) {
	}

	@PostMapping("/cases/{id}/closure")
	CaseView close(@PathVariable UUID id, @RequestBody SummaryBody body, Actor actor) {
		return view(pursuing.close(id, body.summary(), actor));
	}

	@Operation(summary = "Figures for bulletins and assessment (counts only): interviews, persons by form, referrals")
	@GetMapping("/figures")
	AccountabilityFigures.Figures figures(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Actor actor) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		LocalDate end = to != null ? to : today;
		LocalDate start = from != null ? from : end.withDayOfYear(1);
		if (start.isAfter(end)) {
			throw new org.ecooversight.shared.InvalidInputException("from", "must not be after " + end);
		}
		return queries.figures(start, end, actor);
	}

	@Operation(summary = "Counts for county leaders: queue, open and closed cases, persons by form, referrals awaiting feedback")
	@GetMapping("/summary")
	AccountabilityFigures.Summary summary(Actor actor) {
		return queries.summary(actor);
	}

	/** A case as the discipline organ reads it. */
	private CaseView view(AccountabilityCase c) {
		return CaseView.of(c, queries.integrity(c));
	}

	record CaseView(UUID id, String number, String subject, String summary, UUID problemId, LocalDate failureDay,
			boolean closed, List<UUID> triggers, List<PartyView> parties, List<AccountabilityCase.Referral> referrals,
			int version, Integrity recordIntegrity) {

		static CaseView of(AccountabilityCase c, Integrity integrity) {
			List<PartyView> parties = c.parties().stream().map(PartyView::of).toList();
			return new CaseView(c.id(), c.number(), c.opening().subject(), c.opening().summary(), c.opening().problemId(),
					c.opening().failureDay(), c.closure() != null, c.triggers(), parties, c.referrals(), c.version(), integrity);
		}
	}

	record PartyView(UUID id, ResponsibilityKind responsibility, String responsibilityLabel, UUID unitId,
			String unitName, String postTitle, UUID personId, String personName, LocalDate heldOn, String status,
			String statusLabel, Object faultTolerance, Object mitigation, OutcomeKind outcome, String outcomeLabel,
			Integer form, String formLabel, Object cleared) {

		static PartyView of(AccountabilityCase.PartyState s) {
			var p = s.party();
			var o = s.outcome();
			return new PartyView(p.partyId(), p.responsibility(), p.responsibility().label(), p.unitId(), p.unitName(),
					p.postTitle(), p.personId(), p.personName(), p.heldOn(), s.status().name(), s.status().label(),
					s.tolerance(), s.mitigation(), o == null ? null : o.outcome(), o == null ? null : o.outcome().label(),
					o == null ? null : o.form(), o == null ? null : o.outcome().formLabel(), s.cleared());
		}
	}
}
