package org.ecooversight.accountability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What goes with a referral: a summary, the evidence (files by name and SM3 digest) and the timeline
 * of the problem from the record. The reporter's identity is not in it unless the recipient may
 * receive it and it was asked for with a legal basis; then it is opened through intake, which
 * records the opening.
 */
public record ReferralPackage(String summary, List<EvidenceItem> evidence, List<TimelineEntry> timeline,
		ReporterIdentity reporter) {

	public record EvidenceItem(UUID attachmentId, String filename, String mediaType, long size, String sm3) {
	}

	public record TimelineEntry(int seq, String eventType, Instant occurredAt, String actor, String summary) {
	}

	/** Only in a package for an entitled recipient that asked for it. */
	public record ReporterIdentity(String name, String phone, String email) {
	}
}
