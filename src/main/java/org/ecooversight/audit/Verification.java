package org.ecooversight.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of checking the whole record: "INTACT", or "BROKEN" with every stream that no longer
 * matches its chain or a checkpoint ({@code breaks}: the first mismatch of each, earliest in the
 * record first; at most {@link #LISTED} of them, {@code brokenStreams} counts all) and the first of
 * them again as {@code firstBreak}.
 */
public record Verification(Status status, Instant verifiedAt, long streams, long events, long checkpoints,
		long brokenStreams, Break firstBreak, List<Break> breaks) {

	/** At most this many breaks are listed; a record broken in more places than that is counted. */
	public static final int LISTED = 10_000;

	public Verification {
		breaks = List.copyOf(breaks);
	}

	public enum Status {
		INTACT, BROKEN
	}

	/** Why a stream no longer matches (the reason's words, for the pages; the API also says it in English). */
	public enum Kind {
		/** An event of the chain is gone (its sequence number is skipped). */
		EVENT_MISSING,
		/** An event does not chain to the one before it (reordered, or another inserted). */
		NOT_CHAINED,
		/** An event's content no longer matches its hash (changed after it was recorded). */
		CONTENT_CHANGED,
		/** The chain's head does not match its last event (events removed or added at the end). */
		HEAD_MISMATCH,
		/** A checkpoint committed to an event that no longer matches (the tail changed after a checkpoint). */
		CHECKPOINT_EVENT_CHANGED,
		/** The chain's head says events exist, but the record holds none. */
		EVENTS_REMOVED,
		/** A checkpoint committed to the chain, but the record holds none of its events. */
		CHAIN_REMOVED,
		/** A checkpoint's root no longer matches the heads it committed to. */
		CHECKPOINT_CHANGED
	}

	/**
	 * Where one stream stops matching, and why.
	 *
	 * @param name the stream as people know it (a problem's code, a case's number), null if unknown
	 * @param seq the event (or, for {@link Kind#CHECKPOINT_CHANGED}, the checkpoint) concerned, if any
	 */
	public record Break(Kind kind, String streamType, UUID streamId, String name, Integer seq, String eventType,
			String reason) {

		Break named(String name) {
			return new Break(kind, streamType, streamId, name, seq, eventType, reason);
		}

		/** One line: the stream, the event and the reason. */
		public String describe() {
			String stream = streamType == null || streamType.equals("?") ? "stream" : streamType.toLowerCase().replace('_', ' ');
			String who = name != null ? name : streamId != null ? streamId.toString() : "";
			return (stream + " " + who).strip() + (seq == null ? "" : " event #" + seq)
					+ (eventType == null ? "" : " (" + eventType + ")") + ": " + reason;
		}
	}

	public boolean intact() {
		return status == Status.INTACT;
	}

	/** One line for the intact record; for a broken one a line for the count and one per break. */
	public String summary() {
		if (intact()) {
			return "intact: " + streams + " streams, " + events + " events, " + checkpoints + " checkpoints";
		}
		StringBuilder text = new StringBuilder("BROKEN: " + brokenStreams + " broken stream(s) of " + streams + ", "
				+ events + " events, " + checkpoints + " checkpoints");
		for (Break b : breaks) {
			text.append(System.lineSeparator()).append("  ").append(b.describe());
		}
		if (brokenStreams > breaks.size()) {
			text.append(System.lineSeparator()).append("  … and ").append(brokenStreams - breaks.size()).append(" more");
		}
		return text.toString();
	}
}
