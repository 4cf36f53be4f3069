package org.ecooversight.ledger;

import java.time.Instant;

import org.ecooversight.intake.Lead;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Rating;
import org.ecooversight.shared.Actor;
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
	private final java.time.Clock clock;

	PublicTracking(Leads leads, Problems problems, java.time.Clock clock) {
		this.leads = leads;
		this.problems = problems;
		this.clock = clock;
	}

	/** The reply when the acceptance check gave none (the pages show it in the reader's language). */
	public static final String DEFAULT_REPLY = "您反映的问题已整改到位并验收销号。";

	public record PublicStatus(String trackingCode, Instant receivedAt, String status, String statusLabel,
			String publicReply, String problemCode, Instant closedAt, boolean rateable, Rating rating,
			String ratingLabel) {
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
					: problem.closure().publicReply() != null ? problem.closure().publicReply() : DEFAULT_REPLY;
			boolean done = problem.status().isClosed();
			return new PublicStatus(code.display(), lead.receivedAt(), problem.status().name(), problem.status().label(),
					reply, problem.code(), problem.closure() == null ? null : problem.closure().closedAt(),
					done && lead.rating() == null, lead.rating(), lead.rating() == null ? null : lead.rating().label());
		}
		boolean done = lead.status() == LeadStatus.DECLINED;
		return new PublicStatus(code.display(), lead.receivedAt(), lead.status().name(), lead.status().label(),
				lead.publicReply(), null, null, done && lead.rating() == null, lead.rating(),
				lead.rating() == null ? null : lead.rating().label());
	}

	/**
	 * The reporter rates the handling once it is over: the problem struck off the ledger (or the
	 * report declined with a reply). Only the holder of the tracking code can.
	 */
	@Transactional
	public PublicStatus rate(String trackingCode, Rating rating, String comment) {
		TrackingCode code = TrackingCode.parse("trackingCode", trackingCode);
		LeadId id = leads.findByTrackingCode(code)
			.orElseThrow(() -> new NotFoundException("no report has tracking code " + code.display()));
		Lead lead = leads.require(id);
		boolean done = lead.status() == LeadStatus.DECLINED || (lead.problemId() != null
				&& problems.require(new ProblemId(lead.problemId())).status().isClosed());
		leads.change(id, Actor.PUBLIC, l -> l.rate(rating, comment, done, clock.instant()));
		return status(trackingCode);
	}
}
