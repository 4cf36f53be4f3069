package org.ecooversight.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The canonical encoding of a recorded event and its SM3 chain hash (GB/T 32905).
 * <p>
 * hash = SM3(prevHash as ASCII hex || for each field: 4-byte big-endian length, UTF-8 bytes), the
 * fields being stream type, stream id, sequence number, event type, time (ISO-8601, UTC,
 * milliseconds), actor and payload. The first event of a stream chains to {@link #GENESIS}.
 */
public final class HashChain {

	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	public static String hash(String prevHash, String streamType, UUID streamId, int seq, String eventType,
			Instant occurredAt, String actor, String payload) {
		SM3Digest digest = new SM3Digest();
		update(digest, prevHash.getBytes(StandardCharsets.US_ASCII), false);
		update(digest, streamType);
		update(digest, streamId.toString());
		update(digest, Integer.toString(seq));
		update(digest, eventType);
		update(digest, canonicalTime(occurredAt));
		update(digest, actor);
		update(digest, payload);
		return finish(digest);
	}

	public static String hash(RecordedEvent e) {
		return hash(e.prevHash(), e.streamType(), e.streamId(), e.seq(), e.eventType(), e.occurredAt(), e.actor(),
				e.payload());
	}

	/** SM3 over the given parts, each length-prefixed. */
	public static String sm3(String... parts) {
		SM3Digest digest = new SM3Digest();
		for (String part : parts) {
			update(digest, part);
		}
		return finish(digest);
	}

	/** SM3 of raw bytes, for files whose digest a recorded event carries. */
	public static String sm3(byte[] content) {
		SM3Digest digest = new SM3Digest();
		digest.update(content, 0, content.length);
		return finish(digest);
	}

	/** Times are kept to the millisecond so that every database returns exactly what was hashed. */
	public static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	static String canonicalTime(Instant instant) {
		return truncate(instant).toString();
	}

	private static void update(SM3Digest digest, String value) {
		update(digest, value.getBytes(StandardCharsets.UTF_8), true);
	}

	private static void update(SM3Digest digest, byte[] bytes, boolean lengthPrefixed) {
		if (lengthPrefixed) {
			byte[] length = ByteBuffer.allocate(4).putInt(bytes.length).array();
			digest.update(length, 0, 4);
		}
		digest.update(bytes, 0, bytes.length);
	}

	private static String finish(SM3Digest digest) {
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
