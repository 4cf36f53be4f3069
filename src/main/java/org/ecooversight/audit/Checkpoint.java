package org.ecooversight.audit;

import java.time.Instant;

/** One checkpoint: the root that commits to every chain head at that moment. */
public record Checkpoint(long id, Instant createdAt, int streamCount, int changedStreams, String rootHash,
		String prevRootHash) {
}
