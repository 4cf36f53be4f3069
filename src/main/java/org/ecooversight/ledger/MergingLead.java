package org.ecooversight.ledger;

import java.time.Clock;

import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Leads;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合并: a lead that reports a problem already on the ledger is merged into it. The problem counts
 * the repeat and links the report; a repeat after closure is marked as such, because repeated
 * complaints are what the county document names for criticism (S, 五项机制 2 "群众反复投诉举报").
 */
@Component
public class MergingLead {

	private final Leads leads;
	private final Problems problems;
	private final Clock clock;

	MergingLead(Leads leads, Problems problems, Clock clock) {
		this.leads = leads;
		this.problems = problems;
		this.clock = clock;
	}

	public record MergeLead(LeadId leadId, ProblemId problemId, String note) {
	}

	@Transactional
	public Problem merge(MergeLead cmd, Actor actor) {
		LedgerAccess.requireRole(actor, "merging a lead", LedgerAccess.INTAKE);
		Lead lead = leads.change(cmd.leadId(), actor, l -> l.mergeInto(cmd.problemId().value(), cmd.note()));
		return problems.change(cmd.problemId(), null, actor,
				p -> p.mergeRepeatReport(lead.id(), cmd.note(), clock.instant()));
	}
}
