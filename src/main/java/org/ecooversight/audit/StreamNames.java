package org.ecooversight.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names the streams of the record as people know them (a problem by its code, a case by its
 * number), so that a verification can say which problem was tampered with instead of a stream id.
 * Each module that records aggregates names its own streams, from its own tables; a name survives
 * the removal of the stream's events.
 */
public interface StreamNames {

	/** The names of those of {@code streamIds} this module owns (at most 500 at a time); others left out. */
	Map<UUID, String> names(Collection<UUID> streamIds);

	/**
	 * Names read from a module's projection tables: each query selects the id and the name of the
	 * rows whose id is among {@code :ids}.
	 */
	abstract class FromTables implements StreamNames {

		private final JdbcClient jdbc;
		private final List<String> queries;

		protected FromTables(JdbcClient jdbc, String... queries) {
			this.jdbc = jdbc;
			this.queries = List.of(queries);
		}

		@Override
		public Map<UUID, String> names(Collection<UUID> streamIds) {
			Map<UUID, String> names = new HashMap<>();
			if (!streamIds.isEmpty()) {
				for (String query : queries) {
					jdbc.sql(query)
						.param("ids", streamIds)
						.query((rs, i) -> names.putIfAbsent(rs.getObject(1, UUID.class), rs.getString(2)))
						.list();
				}
			}
			return names;
		}
	}
}
