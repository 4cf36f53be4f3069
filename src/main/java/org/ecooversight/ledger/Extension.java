package org.ecooversight.ledger;

import org.ecooversight.ledger.ProblemEvent.ExtensionDecided;
import org.ecooversight.ledger.ProblemEvent.ExtensionRequested;

/** A request for more time and, once made, the decision on it. */
public record Extension(ExtensionRequested request, ExtensionDecided decision) {

	public boolean pending() {
		return decision == null;
	}

	public boolean approved() {
		return decision != null && decision.approved();
	}
}
