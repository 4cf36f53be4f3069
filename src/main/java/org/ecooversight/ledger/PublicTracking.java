package org.ecooversight.ledger;

import java.time.Instant;

import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadStatus;
import org.ecooversight.intake.Leads;
import org.ecooversight.intake.TrackingCode;
import org.ecooversight.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reporter sees with their tracking code, without signing in: where their report stands and
 * the public reply, nothing else (no units, no names, no other reports).
 */
@Component
public class PublicTracking {

	private final Leads leads;
	private final Problems problems;

	PublicTracking(Leads leads, Problems problems) {
		this.leads = leads;
		this.problems = problems;
	}

	public record PublicStatus(String trackingCode, Instant receivedAt, String status, String statusLabel,
			String publicReply, String problemCode, Instant closedAt) {

		public boolean closed() {
			return closedAt != null;
		}
	}

	@Transactional(readOnly = true)
	public PublicStatus status(String trackingCode) {
		TrackingCode code = TrackingCode.parse("trackingCode", trackingCode);
		Lead lead = leads.find(leads.findByTrackingCode(code)
			.orElseThrow(() -> new NotFoundException("no report has tracking code " + code.display())))
			.orElseThrow();
		if (lead.status() == LeadStatus.ACCEPTED || lead.status() == LeadStatus.MERGED) {
			Problem problem = problems.require(new ProblemId(lead.problemId()));
			String reply = problem.closure() == null ? null
					: problem.closure().publicReply() != null ? problem.closure().publicReply() : "您反映的问题已整改到位并验收销号。";
			return new PublicStatus(code.display(), lead.receivedAt(), problem.status().name(), problem.status().label(),
					reply, problem.code(), problem.closure() == null ? null : problem.closure().closedAt());
		}
		return new PublicStatus(code.display(), lead.receivedAt(), lead.status().name(), lead.status().label(),
				lead.publicReply(), null, null);
	}
}
