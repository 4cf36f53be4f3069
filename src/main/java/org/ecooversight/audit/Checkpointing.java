package org.ecooversight.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a checkpoint: reads every chain head in one statement, keeps the heads that moved since
 * the previous checkpoint, and chains them into a new root:
 * root = SM3(previous root, number of heads, each moved head as stream id, seq, hash, sorted by
 * stream id). Deleting the tail of a chain, or a whole chain, after a checkpoint is then caught.
 */
@Component
public class Checkpointing {

	private final JdbcClient jdbc;
	private final Clock clock;

	Checkpointing(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes a checkpoint, or none if no chain moved since the last one. */
	@Transactional
	public Optional<Checkpoint> checkpoint() {
		List<Head> heads = jdbc.sql("""
				select h.stream_id, h.seq, h.hash from audit_stream_head h
				where not exists (select 1 from audit_checkpoint_head c where c.stream_id = h.stream_id and c.seq = h.seq)""")
			.query((rs, i) -> new Head(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
			.list();
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		int streamCount = jdbc.sql("select count(*) from audit_stream_head").query(Integer.class).single();
		String prevRoot = jdbc.sql("select root_hash from audit_checkpoint order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(HashChain.GENESIS);
		String root = root(prevRoot, heads);
		Instant now = HashChain.truncate(clock.instant());
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into audit_checkpoint (created_at, stream_count, changed_streams, root_hash, prev_root_hash)
				values (?, ?, ?, ?, ?)""")
			.params(Timestamp.from(now), streamCount, heads.size(), root, prevRoot)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (Head head : heads) {
			jdbc.sql("insert into audit_checkpoint_head (checkpoint_id, stream_id, seq, hash) values (?, ?, ?, ?)")
				.params(id, head.streamId(), head.seq(), head.hash())
				.update();
		}
		return Optional.of(new Checkpoint(id, now, streamCount, heads.size(), root, prevRoot));
	}

	static String root(String prevRoot, List<Head> moved) {
		List<Head> sorted = new ArrayList<>(moved);
		sorted.sort(Comparator.comparing(h -> h.streamId().toString()));
		List<String> parts = new ArrayList<>(2 + sorted.size() * 3);
		parts.add(prevRoot);
		parts.add(Integer.toString(sorted.size()));
		for (Head head : sorted) {
			parts.add(head.streamId().toString());
			parts.add(Integer.toString(head.seq()));
			parts.add(head.hash());
		}
		return HashChain.sm3(parts.toArray(String[]::new));
	}

	record Head(UUID streamId, int seq, String hash) {
	}
}
