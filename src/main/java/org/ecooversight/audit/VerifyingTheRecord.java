package org.ecooversight.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.ecooversight.audit.Checkpointing.Head;
import org.ecooversight.audit.Verification.Break;
import org.ecooversight.audit.Verification.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the whole record: every chain from its first event (sequence without gaps, each event
 * chained to the one before, each hash recomputed), every chain head against its last event, and
 * every checkpoint root recomputed from the heads it committed to, each of which must still be in
 * its chain. Reports "intact", or every stream that no longer matches (its first mismatch), named
 * as people know it by the module that owns it ({@link StreamNames}).
 * <p>
 * {@link #check(EventStream)} runs the same check on one stream, for the page or answer that
 * shows it: what is shown from a broken chain is shown with a warning.
 */
@Component
public class VerifyingTheRecord {

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final List<StreamNames> names;

	VerifyingTheRecord(DataSource dataSource, Clock clock, List<StreamNames> names) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.clock = clock;
		this.names = names;
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		Map<UUID, Head> heads = new HashMap<>();
		Map<UUID, String> headTypes = new HashMap<>();
		jdbc.query("select stream_id, seq, hash, stream_type from audit_stream_head", rs -> {
			UUID id = rs.getObject(1, UUID.class);
			heads.put(id, new Head(id, rs.getInt(2), rs.getString(3)));
			headTypes.put(id, rs.getString(4));
		});
		List<StoredCheckpoint> checkpoints = jdbc.query(
				"select id, root_hash, prev_root_hash from audit_checkpoint order by id",
				(rs, i) -> new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3), new ArrayList<>()));
		Map<Long, StoredCheckpoint> byId = new HashMap<>();
		checkpoints.forEach(c -> byId.put(c.id(), c));
		Map<UUID, List<Head>> committed = new HashMap<>();
		jdbc.query("select checkpoint_id, stream_id, seq, hash from audit_checkpoint_head", rs -> {
			Head head = new Head(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4));
			byId.get(rs.getLong(1)).heads().add(head);
			committed.computeIfAbsent(head.streamId(), k -> new ArrayList<>()).add(head);
		});

		Walk walk = new Walk(heads, committed);
		jdbc.query("select global_seq, stream_type, stream_id, seq, event_type, occurred_at, actor, payload, prev_hash, hash"
				+ " from audit_event order by stream_id, seq", rs -> {
					walk.accept(EventStore.map(rs, 0));
				});
		walk.finishStream();
		for (UUID orphan : walk.unseen(heads.keySet())) {
			walk.fail(ChainCheck.AT_END + 1, new Break(Kind.EVENTS_REMOVED, headTypes.getOrDefault(orphan, "?"), orphan,
					null, null, null, "the chain head says events exist, but the record holds none (events removed)"));
		}
		for (UUID missing : walk.unseen(committed.keySet())) {
			if (!heads.containsKey(missing)) {
				walk.fail(ChainCheck.AT_END + 1, new Break(Kind.CHAIN_REMOVED, "?", missing, null, null, null,
						"a checkpoint committed to this chain, but the record holds none of its events (chain removed)"));
			}
		}

		String prevRoot = HashChain.GENESIS;
		for (StoredCheckpoint checkpoint : checkpoints) {
			if (!checkpoint.prevRootHash().equals(prevRoot)
					|| !Checkpointing.root(prevRoot, checkpoint.heads()).equals(checkpoint.rootHash())) {
				walk.fail(Long.MAX_VALUE, new Break(Kind.CHECKPOINT_CHANGED, "checkpoint", null, null,
						(int) checkpoint.id(), null,
						"checkpoint " + checkpoint.id() + " no longer matches the heads it committed to"));
				break;
			}
			prevRoot = checkpoint.rootHash();
		}

		List<Break> breaks = named(walk.listed());
		Verification.Status status = breaks.isEmpty() ? Verification.Status.INTACT : Verification.Status.BROKEN;
		return new Verification(status, clock.instant(), walk.streams, walk.events, checkpoints.size(),
				walk.brokenStreams, breaks.isEmpty() ? null : breaks.get(0), breaks);
	}

	/** The same check on one stream (as loaded to be shown): its first mismatch, or empty if it is intact. */
	@Transactional(readOnly = true)
	public Optional<Break> check(EventStream stream) {
		UUID id = stream.streamId();
		List<Head> committed = jdbc.query("select stream_id, seq, hash from audit_checkpoint_head where stream_id = ?",
				(rs, i) -> new Head(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)), id);
		List<Head> head = jdbc.query("select stream_id, seq, hash from audit_stream_head where stream_id = ?",
				(rs, i) -> new Head(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)), id);
		if (stream.isEmpty()) {
			return head.isEmpty() && committed.isEmpty() ? Optional.empty()
					: Optional.of(new Break(head.isEmpty() ? Kind.CHAIN_REMOVED : Kind.EVENTS_REMOVED, "?", id, null,
							null, null, "the record holds none of the stream's events (events removed)"));
		}
		ChainCheck chain = new ChainCheck(id, committed);
		stream.events().forEach(chain::accept);
		return chain.finish(head.isEmpty() ? null : head.get(0));
	}

	/** The same check on one stream, as served with the aggregate it records. */
	public Integrity integrity(EventStream stream) {
		return Integrity.of(check(stream));
	}

	/** Each break with the name its stream is known by. */
	private List<Break> named(List<Break> breaks) {
		if (breaks.isEmpty()) {
			return breaks;
		}
		Set<UUID> ids = new HashSet<>();
		breaks.stream().map(Break::streamId).filter(java.util.Objects::nonNull).forEach(ids::add);
		Map<UUID, String> known = new HashMap<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 500) {
			List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
			names.forEach(n -> known.putAll(n.names(chunk)));
		}
		return breaks.stream().map(b -> b.streamId() == null ? b : b.named(known.get(b.streamId()))).toList();
	}

	record StoredCheckpoint(long id, String rootHash, String prevRootHash, List<Head> heads) {
	}

	/** Walks all events in stream order, one stream at a time, collecting each broken stream's first break. */
	private static final class Walk {

		private final Map<UUID, Head> heads;
		private final Map<UUID, List<Head>> committed;
		private final Set<UUID> seen = new HashSet<>();
		private final List<Ordered> breaks = new ArrayList<>();
		private long brokenStreams;
		private long streams;
		private long events;
		private ChainCheck current;
		private UUID currentId;

		Walk(Map<UUID, Head> heads, Map<UUID, List<Head>> committed) {
			this.heads = heads;
			this.committed = committed;
		}

		void accept(RecordedEvent e) {
			if (!e.streamId().equals(currentId)) {
				finishStream();
				currentId = e.streamId();
				current = new ChainCheck(currentId, committed.getOrDefault(currentId, List.of()));
				seen.add(currentId);
				streams++;
			}
			events++;
			current.accept(e);
		}

		void finishStream() {
			if (current == null) {
				return;
			}
			ChainCheck done = current;
			current = null;
			done.finish(heads.get(currentId)).ifPresent(b -> fail(done.order(), b));
		}

		Set<UUID> unseen(Set<UUID> ids) {
			Set<UUID> unseen = new HashSet<>(ids);
			unseen.removeAll(seen);
			return unseen;
		}

		void fail(long order, Break b) {
			if (b.streamId() != null) {
				brokenStreams++;
			}
			breaks.add(new Ordered(order, b));
			if (breaks.size() > 2 * Verification.LISTED) {
				trim();
			}
		}

		List<Break> listed() {
			trim();
			return breaks.stream().map(Ordered::broken).toList();
		}

		/** Keeps the earliest breaks in the record, at most as many as are listed. */
		private void trim() {
			breaks.sort(Comparator.comparingLong(Ordered::order));
			if (breaks.size() > Verification.LISTED) {
				breaks.subList(Verification.LISTED, breaks.size()).clear();
			}
		}

		record Ordered(long order, Break broken) {
		}
	}
}
