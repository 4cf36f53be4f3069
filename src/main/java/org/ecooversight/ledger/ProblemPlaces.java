package org.ecooversight.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.region.Region;
import org.ecooversight.region.Regions;
import org.ecooversight.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the problems are (问题地图): the problems reported with coordinates, each with its code,
 * status and colour warning, within the actor's scope as the ledger list applies it (a department or
 * town sees only problems where its unit is concerned). The newest {@link #LIMIT} at most.
 */
@Component
public class ProblemPlaces {

	/** At most this many problems on one map, the newest first. */
	public static final int LIMIT = 20_000;

	private final JdbcClient jdbc;
	private final Warnings warnings;
	private final Regions regions;

	ProblemPlaces(JdbcClient jdbc, Warnings warnings, Regions regions) {
		this.jdbc = jdbc;
		this.warnings = warnings;
		this.regions = regions;
	}

	/** A problem on the map. */
	public record Place(ProblemId id, String code, ProblemStatus status, String statusLabel, Colour colour,
			String colourLabel, String townName, double longitude, double latitude) {
	}

	/** The problems on the map; {@code truncated} when there were more than {@link #LIMIT}. */
	public record Places(List<Place> items, boolean truncated) {
	}

	/**
	 * The problems with coordinates the actor may see; {@code openOnly} leaves out those struck off
	 * the ledger.
	 */
	@Transactional(readOnly = true)
	public Places of(Actor actor, boolean openOnly) {
		StringBuilder where = new StringBuilder(" where p.longitude is not null and p.latitude is not null");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.seesWholeJurisdiction()) {
			if (actor.unitId() == null) {
				return new Places(List.of(), false);
			}
			where.append(" and exists (select 1 from problem_unit s where s.problem_id = p.id and s.unit_id = :scope)");
			params.put("scope", actor.unitId());
		}
		if (openOnly) {
			where.append(" and p.closed_at is null");
		}
		params.put("limit", LIMIT + 1);
		var today = warnings.today();
		var blueUntil = warnings.blueUntil();
		List<Place> places = jdbc.sql("select p.id, p.code, p.status, p.town_code, p.deadline, p.next_milestone_due,"
				+ " p.longitude, p.latitude from problem p" + where
				+ " order by p.accepted_at desc, p.id offset 0 rows fetch next :limit rows only")
			.params(params)
			.query((rs, i) -> {
				ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
				java.sql.Date deadline = rs.getDate("deadline");
				java.sql.Date milestone = rs.getDate("next_milestone_due");
				Colour colour = Colour.ofRow(status, deadline == null ? null : deadline.toLocalDate(),
						milestone == null ? null : milestone.toLocalDate(), today, blueUntil);
				String town = rs.getString("town_code");
				return new Place(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("code"), status,
						status.label(), colour, colour.label(), regions.find(town).map(Region::name).orElse(town),
						rs.getDouble("longitude"), rs.getDouble("latitude"));
			})
			.list();
		boolean truncated = places.size() > LIMIT;
		return new Places(truncated ? List.copyOf(places.subList(0, LIMIT)) : places, truncated);
	}
}
