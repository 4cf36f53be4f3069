package org.ecooversight.ledger.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.LeadStatus;
import org.ecooversight.ledger.AcceptingLead;
import org.ecooversight.ledger.AcceptingLead.AcceptLead;
import org.ecooversight.ledger.DecliningLead;
import org.ecooversight.ledger.FindingDuplicateCandidates;
import org.ecooversight.ledger.DecliningLead.DeclineLead;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.MergingLead;
import org.ecooversight.ledger.MergingLead.MergeLead;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.responsibility.Routing;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Intake decisions on a lead: accept (opening a problem), decline with a reply, or merge into a problem. */
@RestController
@Tag(name = "Intake decisions", description = "受理 / 不予受理 / 合并")
class LeadDecisionController {

	private final AcceptingLead accepting;
	private final DecliningLead declining;
	private final MergingLead merging;
	private final Organisation organisation;
	private final FindingDuplicateCandidates duplicates;
	private final ProblemViews views;

	LeadDecisionController(AcceptingLead accepting, DecliningLead declining, MergingLead merging,
			Organisation organisation, FindingDuplicateCandidates duplicates, ProblemViews views) {
		this.views = views;
		this.duplicates = duplicates;
		this.accepting = accepting;
		this.declining = declining;
		this.merging = merging;
		this.organisation = organisation;
	}

	record ProposalView(ProblemView.UnitRef leadUnit, List<ProblemView.UnitRef> coUnits, boolean requiresDesignation,
			List<String> basis) {
	}

	@Operation(summary = "Who the responsibility map proposes for this lead")
	@GetMapping("/api/v1/leads/{id}/proposal")
	ProposalView proposal(@PathVariable LeadId id, Actor actor) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		Routing routing = accepting.propose(id);
		return new ProposalView(ref(routing.leadUnit()), routing.coUnits().stream().map(this::ref).toList(),
				routing.requiresDesignation(), routing.basis());
	}

	@Operation(summary = "Problems on the ledger this lead may repeat (same town and type, similar description), best first")
	@GetMapping("/api/v1/leads/{id}/duplicate-candidates")
	List<FindingDuplicateCandidates.Candidate> duplicates(@PathVariable LeadId id, Actor actor) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		return duplicates.candidates(id);
	}

	/** {@code severity}: GENERAL (default), SERIOUS or MAJOR; the policy may shorten the deadline of serious ones. */
	record AcceptBody(UnitId leadUnit, List<UnitId> coUnits, String reason, org.ecooversight.ledger.Severity severity) {
	}

	@Operation(summary = "受理: accept the lead; a problem is opened with the proposed (or chosen, with a reason) units")
	@PostMapping("/api/v1/leads/{id}/accept")
	ResponseEntity<ProblemView> accept(@PathVariable LeadId id, @RequestBody(required = false) AcceptBody body,
			Actor actor) {
		AcceptBody b = body == null ? new AcceptBody(null, null, null, null) : body;
		Problem problem = accepting.accept(new AcceptLead(id, b.leadUnit(), b.coUnits(), b.reason(), b.severity()), actor);
		return ResponseEntity.created(URI.create("/api/v1/problems/" + problem.id()))
			.eTag("\"" + problem.version() + "\"")
			.body(views.of(problem));
	}

	record DeclineBody(String reason, String publicReply) {
	}

	record LeadDecision(LeadId id, LeadStatus status, String statusLabel, java.util.UUID problemId, String publicReply) {
	}

	@Operation(summary = "不予受理: decline with a reason and a reply the reporter reads")
	@PostMapping("/api/v1/leads/{id}/decline")
	LeadDecision decline(@PathVariable LeadId id, @RequestBody DeclineBody body, Actor actor) {
		if (body == null) {
			throw new InvalidInputException("reason", "a lead is declined only with a reason");
		}
		Lead lead = declining.decline(new DeclineLead(id, body.reason(), body.publicReply()), actor);
		return new LeadDecision(lead.id(), lead.status(), lead.status().label(), null, lead.publicReply());
	}

	record MergeBody(ProblemId problemId, String note) {
	}

	@Operation(summary = "合并: the lead reports a problem already on the ledger; the problem counts the repeat")
	@PostMapping("/api/v1/leads/{id}/merge")
	ResponseEntity<ProblemView> merge(@PathVariable LeadId id, @RequestBody MergeBody body, Actor actor) {
		if (body == null || body.problemId() == null) {
			throw new InvalidInputException("problemId", "name the problem the lead repeats");
		}
		Problem problem = merging.merge(new MergeLead(id, body.problemId(), body.note()), actor);
		return views.answer(problem);
	}

	private ProblemView.UnitRef ref(UnitId id) {
		return id == null ? null : new ProblemView.UnitRef(id, organisation.unit(id).map(u -> u.name()).orElse(null));
	}
}
