package org.ecooversight.ledger;

import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Leads;
import org.ecooversight.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 不予受理: declining a lead, with the reason kept on file and a reply the reporter reads with their
 * tracking code (S, 坚持民意导向: "确保件件有落实、事事有回音").
 */
@Component
public class DecliningLead {

	private final Leads leads;

	DecliningLead(Leads leads) {
		this.leads = leads;
	}

	public record DeclineLead(LeadId leadId, String reason, String publicReply) {
	}

	@Transactional
	public Lead decline(DeclineLead cmd, Actor actor) {
		LedgerAccess.requireRole(actor, "declining a lead", LedgerAccess.INTAKE);
		return leads.change(cmd.leadId(), actor, lead -> lead.decline(cmd.reason(), cmd.publicReply()));
	}
}
