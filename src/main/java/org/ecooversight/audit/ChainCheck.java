package org.ecooversight.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ecooversight.audit.Checkpointing.Head;
import org.ecooversight.audit.Verification.Break;
import org.ecooversight.audit.Verification.Kind;

/**
 * Checks one stream's chain, event by event in order: no gap in the sequence, each event chained
 * to the one before, each hash recomputed; then the chain's head against its last event and every
 * checkpoint that committed to the stream. The first mismatch is the stream's break. The whole
 * record's verification runs one of these per stream; a page showing one aggregate runs one for it.
 */
final class ChainCheck {

	/** Orders breaks found at the end of a stream after those found at an event. */
	static final long AT_END = Long.MAX_VALUE - 2;

	private final UUID streamId;
	private final List<Head> committed;
	private final Map<Integer, String> hashesBySeq = new HashMap<>();
	private String streamType;
	private int lastSeq;
	private String lastHash = HashChain.GENESIS;
	private Break broken;
	private long order = Long.MAX_VALUE;

	ChainCheck(UUID streamId, List<Head> committed) {
		this.streamId = streamId;
		this.committed = committed;
	}

	void accept(RecordedEvent e) {
		if (streamType == null) {
			streamType = e.streamType();
		}
		if (broken != null) {
			return;
		}
		if (e.seq() != lastSeq + 1) {
			breakAt(e, Kind.EVENT_MISSING, "event #" + (lastSeq + 1) + " is missing from the chain");
		}
		else if (!e.prevHash().equals(lastHash)) {
			breakAt(e, Kind.NOT_CHAINED, "the event does not chain to the event before it");
		}
		else if (!HashChain.hash(e).equals(e.hash())) {
			breakAt(e, Kind.CONTENT_CHANGED, "the event's content no longer matches its hash (changed after it was recorded)");
		}
		lastSeq = e.seq();
		lastHash = e.hash();
		if (!committed.isEmpty()) {
			hashesBySeq.put(e.seq(), e.hash());
		}
	}

	/** The stream's break, if any, once all its events were accepted; {@code head} null if it has none. */
	Optional<Break> finish(Head head) {
		if (broken != null) {
			return Optional.of(broken);
		}
		if (head == null || head.seq() != lastSeq || !head.hash().equals(lastHash)) {
			// the entry the head names (missing at the end), or the last one if more were added than it knows
			int seq = head == null ? lastSeq : Math.max(head.seq(), lastSeq);
			return end(new Break(Kind.HEAD_MISMATCH, streamType, streamId, null, seq, null,
					"the chain head does not match the last event (events removed or added outside the platform)"));
		}
		for (Head c : committed) {
			String hash = hashesBySeq.get(c.seq());
			if (hash == null || !hash.equals(c.hash())) {
				return end(new Break(Kind.CHECKPOINT_EVENT_CHANGED, streamType, streamId, null, c.seq(), null,
						"a checkpoint committed to event #" + c.seq() + ", which no longer matches"));
			}
		}
		return Optional.empty();
	}

	/** Where the break stands in the record (an event's global sequence, or after every event). */
	long order() {
		return order;
	}

	private Optional<Break> end(Break b) {
		broken = b;
		order = AT_END;
		return Optional.of(b);
	}

	private void breakAt(RecordedEvent e, Kind kind, String reason) {
		broken = new Break(kind, e.streamType(), e.streamId(), null, e.seq(), e.eventType(), reason);
		order = e.globalSeq();
	}
}
