package org.ecooversight.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.ecooversight.audit.Checkpointing.Head;
import org.ecooversight.audit.Verification.Break;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the whole record: every chain from its first event (sequence without gaps, each event
 * chained to the one before, each hash recomputed), every chain head against its last event, and
 * every checkpoint root recomputed from the heads it committed to, each of which must still be in
 * its chain. Reports "intact", or the earliest event that no longer matches.
 */
@Component
public class VerifyingTheRecord {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	VerifyingTheRecord(DataSource dataSource, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		Map<UUID, Head> heads = new HashMap<>();
		jdbc.query("select stream_id, seq, hash from audit_stream_head", rs -> {
			UUID id = rs.getObject(1, UUID.class);
			heads.put(id, new Head(id, rs.getInt(2), rs.getString(3)));
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
		for (UUID orphan : walk.headsWithoutEvents()) {
			walk.fail(Long.MAX_VALUE - 1, new Break("?", orphan, null, null,
					"the chain head says events exist, but the record holds none (events removed)"));
		}
		for (UUID missing : walk.committedWithoutEvents()) {
			walk.fail(Long.MAX_VALUE - 1, new Break("?", missing, null, null,
					"a checkpoint committed to this chain, but the record holds none of its events (chain removed)"));
		}

		String prevRoot = HashChain.GENESIS;
		for (StoredCheckpoint checkpoint : checkpoints) {
			if (!checkpoint.prevRootHash().equals(prevRoot)
					|| !Checkpointing.root(prevRoot, checkpoint.heads()).equals(checkpoint.rootHash())) {
				walk.fail(Long.MAX_VALUE, new Break("checkpoint", null, (int) checkpoint.id(), null,
						"checkpoint " + checkpoint.id() + " no longer matches the heads it committed to"));
				break;
			}
			prevRoot = checkpoint.rootHash();
		}

		Verification.Status status = walk.firstBreak == null ? Verification.Status.INTACT : Verification.Status.BROKEN;
		return new Verification(status, clock.instant(), walk.streams, walk.events, checkpoints.size(),
				walk.brokenStreams.size(), walk.firstBreak);
	}

	record StoredCheckpoint(long id, String rootHash, String prevRootHash, List<Head> heads) {
	}

	/** Walks all events in stream order, one stream at a time. */
	private static final class Walk {

		private final Map<UUID, Head> heads;
		private final Map<UUID, List<Head>> committed;
		private final Set<UUID> seen = new HashSet<>();
		private final Set<UUID> brokenStreams = new HashSet<>();
		private long streams;
		private long events;
		private Break firstBreak;
		private long firstBreakOrder = Long.MAX_VALUE;

		private UUID current;
		private String currentType;
		private int lastSeq;
		private String lastHash;
		private boolean currentBroken;
		private final Map<Integer, String> hashesBySeq = new HashMap<>();

		Walk(Map<UUID, Head> heads, Map<UUID, List<Head>> committed) {
			this.heads = heads;
			this.committed = committed;
		}

		void accept(RecordedEvent e) {
			if (!e.streamId().equals(current)) {
				finishStream();
				current = e.streamId();
				currentType = e.streamType();
				seen.add(current);
				streams++;
				lastSeq = 0;
				lastHash = HashChain.GENESIS;
				currentBroken = false;
				hashesBySeq.clear();
			}
			events++;
			if (currentBroken) {
				return;
			}
			if (e.seq() != lastSeq + 1) {
				breakAt(e, "event #" + (lastSeq + 1) + " is missing from the chain");
			}
			else if (!e.prevHash().equals(lastHash)) {
				breakAt(e, "the event does not chain to the event before it");
			}
			else if (!HashChain.hash(e).equals(e.hash())) {
				breakAt(e, "the event's content no longer matches its hash (changed after it was recorded)");
			}
			lastSeq = e.seq();
			lastHash = e.hash();
			if (committed.containsKey(current)) {
				hashesBySeq.put(e.seq(), e.hash());
			}
		}

		void finishStream() {
			if (current == null || currentBroken) {
				return;
			}
			Head head = heads.get(current);
			if (head == null || head.seq() != lastSeq || !head.hash().equals(lastHash)) {
				fail(Long.MAX_VALUE - 2, new Break(currentType, current, lastSeq, null,
						"the chain head does not match the last event (events removed or added outside the platform)"));
				brokenStreams.add(current);
				return;
			}
			for (Head c : committed.getOrDefault(current, List.of())) {
				String hash = hashesBySeq.get(c.seq());
				if (hash == null || !hash.equals(c.hash())) {
					fail(Long.MAX_VALUE - 2, new Break(currentType, current, c.seq(), null,
							"a checkpoint committed to event #" + c.seq() + ", which no longer matches"));
					brokenStreams.add(current);
					return;
				}
			}
		}

		Set<UUID> headsWithoutEvents() {
			Set<UUID> orphans = new HashSet<>(heads.keySet());
			orphans.removeAll(seen);
			return orphans;
		}

		Set<UUID> committedWithoutEvents() {
			Set<UUID> missing = new HashSet<>(committed.keySet());
			missing.removeAll(seen);
			return missing;
		}

		private void breakAt(RecordedEvent e, String reason) {
			currentBroken = true;
			brokenStreams.add(e.streamId());
			fail(e.globalSeq(), new Break(e.streamType(), e.streamId(), e.seq(), e.eventType(), reason));
		}

		void fail(long order, Break b) {
			if (b.streamId() != null) {
				brokenStreams.add(b.streamId());
			}
			if (order < firstBreakOrder || firstBreak == null) {
				firstBreakOrder = order;
				firstBreak = b;
			}
		}
	}
}
