package org.ecooversight.audit;

import java.time.Instant;
import java.util.UUID;

/** One event as it stands in the record, with its place in its stream's hash chain. */
public record RecordedEvent(long globalSeq, String streamType, UUID streamId, int seq, String eventType,
		Instant occurredAt, String actor, String payload, String prevHash, String hash) {
}
