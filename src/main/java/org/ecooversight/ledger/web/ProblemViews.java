package org.ecooversight.ledger.web;

import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.EventStream;
import org.ecooversight.audit.VerifyingTheRecord;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.Warnings;
import org.ecooversight.organisation.Organisation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A problem as it is served, page or API: its view, with its version as ETag and whether its stream
 * still matches the record's hash chain (checked each time it is shown, so a forged event is never
 * served without a warning).
 */
@Component
class ProblemViews {

	private final Organisation organisation;
	private final Warnings warnings;
	private final EventStore record;
	private final VerifyingTheRecord verifying;

	ProblemViews(Organisation organisation, Warnings warnings, EventStore record, VerifyingTheRecord verifying) {
		this.organisation = organisation;
		this.warnings = warnings;
		this.record = record;
		this.verifying = verifying;
	}

	ProblemView of(Problem problem) {
		return of(problem, record.load(problem.id().value()));
	}

	/** The view of a problem whose stream the caller already loaded. */
	ProblemView of(Problem problem, EventStream stream) {
		return ProblemView.of(problem, organisation, warnings, verifying.integrity(stream));
	}

	ResponseEntity<ProblemView> answer(Problem problem) {
		return ResponseEntity.ok().eTag("\"" + problem.version() + "\"").body(of(problem));
	}
}
