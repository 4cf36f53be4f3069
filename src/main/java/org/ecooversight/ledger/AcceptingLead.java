package org.ecooversight.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadEvent.LeadReceived;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Leads;
import org.ecooversight.ledger.ProblemEvent.ProblemOpened;
import org.ecooversight.numbering.DocumentNumbers;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.responsibility.ResponsibilityMap;
import org.ecooversight.responsibility.Routing;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理: accepting a lead opens a problem. The platform proposes the responsible units from the
 * responsibility map; the operator may choose others, but only with a reason, which is recorded
 * next to the proposal (Q, 受理机制: "监管部门依职责对问题线索及时处理").
 */
@Component
public class AcceptingLead {

	private final Leads leads;
	private final Problems problems;
	private final ResponsibilityMap map;
	private final Organisation organisation;
	private final DocumentNumbers numbers;
	private final Clock clock;

	AcceptingLead(Leads leads, Problems problems, ResponsibilityMap map, Organisation organisation,
			DocumentNumbers numbers, Clock clock) {
		this.leads = leads;
		this.problems = problems;
		this.map = map;
		this.organisation = organisation;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** {@code leadUnit} and {@code coUnits} override the proposal; {@code reason} says why. */
	/** {@code severity} null: GENERAL (一般). */
	public record AcceptLead(LeadId leadId, UnitId leadUnit, List<UnitId> coUnits, String reason, Severity severity) {

		public AcceptLead(LeadId leadId, UnitId leadUnit, List<UnitId> coUnits, String reason) {
			this(leadId, leadUnit, coUnits, reason, null);
		}
	}

	/** What the platform would propose for the lead, before anyone decides. */
	@Transactional(readOnly = true)
	public Routing propose(LeadId id) {
		LeadReceived facts = leads.require(id).facts();
		return map.propose(facts.place().townCode(), facts.pollutionTypes());
	}

	@Transactional
	public Problem accept(AcceptLead cmd, Actor actor) {
		LedgerAccess.requireRole(actor, "accepting a lead", LedgerAccess.INTAKE);
		ProblemId problemId = new ProblemId(UUID.randomUUID());
		Lead lead = leads.change(cmd.leadId(), actor, l -> l.accept(problemId.value()));
		LeadReceived facts = lead.facts();
		Routing proposal = map.propose(facts.place().townCode(), facts.pollutionTypes());

		UnitId leadUnit = proposal.leadUnit();
		List<UnitId> coUnits = proposal.coUnits();
		String changeReason = null;
		boolean overridden = cmd.leadUnit() != null || cmd.coUnits() != null;
		if (overridden) {
			UnitId chosenLead = cmd.leadUnit() != null ? cmd.leadUnit() : proposal.leadUnit();
			List<UnitId> chosenCo = cmd.coUnits() != null ? cmd.coUnits() : proposal.coUnits();
			organisation.requireUnit("leadUnit", chosenLead);
			for (int i = 0; i < chosenCo.size(); i++) {
				organisation.requireUnit("coUnits[" + i + "]", chosenCo.get(i));
			}
			boolean differs = !Objects.equals(chosenLead, proposal.leadUnit())
					|| !new ArrayList<>(chosenCo).equals(new ArrayList<>(proposal.coUnits()));
			if (differs) {
				if (cmd.reason() == null || cmd.reason().isBlank()) {
					throw new InvalidInputException("reason", "changing the proposed responsible units needs a reason");
				}
				changeReason = cmd.reason().strip();
			}
			leadUnit = chosenLead;
			coUnits = chosenCo.stream().filter(u -> !u.equals(chosenLead)).distinct().toList();
		}

		Instant now = clock.instant();
		int year = LocalDate.ofInstant(now, ChinaTime.ZONE).getYear();
		String code = numbers.nextProblemCode(year);
		// A problem whose domains fall to several regulators is designated by the government even if
		// the operator picked a lead unit: the document gives that decision to the party committee and government.
		boolean requiresDesignation = proposal.requiresDesignation() || leadUnit == null;
		Problem problem = Problem.open(new ProblemOpened(problemId, code, lead.id(), facts.channel(),
				facts.description(), facts.place(), facts.pollutionTypes(), facts.reportedEntity(), facts.attachments(),
				leadUnit, coUnits, requiresDesignation, proposal.basis(), changeReason, facts.receivedAt(), now,
				Severity.orGeneral(cmd.severity()), true));
		problems.add(problem, actor);
		return problem;
	}
}
