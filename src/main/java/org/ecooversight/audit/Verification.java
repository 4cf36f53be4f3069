package org.ecooversight.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of checking the whole record: "INTACT", or "BROKEN" with the first event (earliest in
 * the record) that no longer matches its chain or a checkpoint.
 */
public record Verification(Status status, Instant verifiedAt, long streams, long events, long checkpoints,
		long brokenStreams, Break firstBreak) {

	public enum Status {
		INTACT, BROKEN
	}

	/** Where the record stops matching, and why. */
	public record Break(String streamType, UUID streamId, Integer seq, String eventType, String reason) {
	}

	public boolean intact() {
		return status == Status.INTACT;
	}

	public String summary() {
		if (intact()) {
			return "intact: " + streams + " streams, " + events + " events, " + checkpoints + " checkpoints";
		}
		return "BROKEN: " + firstBreak.streamType() + " " + firstBreak.streamId()
				+ (firstBreak.seq() == null ? "" : " event #" + firstBreak.seq() + " (" + firstBreak.eventType() + ")")
				+ ": " + firstBreak.reason() + " (" + brokenStreams + " broken stream(s))";
	}
}
