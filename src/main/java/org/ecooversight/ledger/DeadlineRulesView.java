package org.ecooversight.ledger;

import java.util.List;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.springframework.stereotype.Component;

/** Who the policy lets issue supervision orders and approve interviews and extensions, for the pages. */
@Component
public class DeadlineRulesView {

	private final DeadlineRules rules;

	DeadlineRulesView(DeadlineRules rules) {
		this.rules = rules;
	}

	public List<String> supervisionIssuers() {
		return rules.current().supervision().issuers();
	}

	public String interviewApprover() {
		return rules.current().interviewApprover();
	}

	public String extensionApprover() {
		return rules.current().extensions().approverRole();
	}

	public boolean may(Actor actor, List<String> roles) {
		return roles.stream().anyMatch(r -> actor.hasAnyRole(Role.valueOf(r)));
	}
}
