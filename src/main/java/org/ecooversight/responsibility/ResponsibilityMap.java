package org.ecooversight.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.ecooversight.audit.EventStore;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility map as data, editable by an administrator, and the routing proposal it gives
 * for a problem at a place and in some domains. An entry for a region applies to the regions below
 * it unless they have their own: a town inherits the county's regulators.
 */
@Component
public class ResponsibilityMap {

	static final String STREAM = "RESPONSIBILITY_MAP";

	private final JdbcClient jdbc;
	private final Organisation organisation;
	private final Domains domains;
	private final EventStore record;
	private final UUID streamId;
	private final ResponsibilityKind leadResponsibility;
	private static final long CACHE_MILLIS = 30_000;
	private volatile Snapshot snapshot;
	/** Unit names for the routing basis; a unit's name is fixed once created. */
	private final java.util.Map<UnitId, String> unitNames = new java.util.concurrent.ConcurrentHashMap<>();

	ResponsibilityMap(JdbcClient jdbc, Organisation organisation, Domains domains, EventStore record,
			Jurisdiction jurisdiction,
			@Value("${eco.routing.lead-responsibility:REGULATORY}") ResponsibilityKind leadResponsibility) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.domains = domains;
		this.record = record;
		this.streamId = UUID.nameUUIDFromBytes(("responsibility-map:" + jurisdiction.regionCode()).getBytes());
		this.leadResponsibility = leadResponsibility;
	}

	@Transactional(readOnly = true)
	public List<ResponsibilityEntry> entries() {
		return jdbc.sql("select id, region_code, domain_code, kind, unit_id, note from responsibility order by region_code, domain_code, kind")
			.query((rs, i) -> new ResponsibilityEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					ResponsibilityKind.valueOf(rs.getString(4)), new UnitId(rs.getObject(5, UUID.class)), rs.getString(6)))
			.list();
	}

	/**
	 * The units that hold a responsibility for a domain at a place: the entries of the nearest region
	 * (the town, else its county, city, province) that has any; entries for every domain count too.
	 */
	@Transactional(readOnly = true)
	public List<UnitId> holders(String regionCode, String domainCode, ResponsibilityKind kind) {
		List<ResponsibilityEntry> all = cached();
		for (String region : chain(regionCode)) {
			List<UnitId> found = all.stream()
				.filter(e -> e.regionCode().equals(region) && e.kind() == kind)
				.filter(e -> e.domainCode() == null || e.domainCode().equals(domainCode))
				.map(ResponsibilityEntry::unitId)
				.distinct()
				.toList();
			if (!found.isEmpty()) {
				return found;
			}
		}
		return List.of();
	}

	/**
	 * Proposes who should rectify a problem in a town and some domains. By default the regulating
	 * department leads ("管行业必须管环保") and the town government, holding the territorial
	 * responsibility, works with it; a jurisdiction can make the territory lead instead
	 * ({@code eco.routing.lead-responsibility=TERRITORIAL}). When the domains fall to more than one
	 * regulator, the problem must be designated by the party committee and government (Q, 受理机制).
	 */
	@Transactional(readOnly = true)
	public Routing propose(String townCode, List<String> domainCodes) {
		List<String> basis = new ArrayList<>();
		LinkedHashSet<UnitId> regulators = new LinkedHashSet<>();
		for (String domain : domainCodes) {
			List<UnitId> units = holders(townCode, domain, ResponsibilityKind.REGULATORY);
			for (UnitId unit : units) {
				if (regulators.add(unit)) {
					basis.add(ResponsibilityKind.REGULATORY.label() + " " + domainName(domain) + ": " + unitName(unit));
				}
			}
		}
		LinkedHashSet<UnitId> territorial = new LinkedHashSet<>();
		for (UnitId unit : holders(townCode, null, ResponsibilityKind.TERRITORIAL)) {
			if (territorial.add(unit)) {
				basis.add(ResponsibilityKind.TERRITORIAL.label() + ": " + unitName(unit));
			}
		}
		LinkedHashSet<UnitId> ordered = new LinkedHashSet<>();
		if (leadResponsibility == ResponsibilityKind.TERRITORIAL) {
			ordered.addAll(territorial);
			ordered.addAll(regulators);
		}
		else {
			ordered.addAll(regulators);
			ordered.addAll(territorial);
		}
		if (ordered.isEmpty()) {
			basis.add("责任清单未覆盖该区域和领域，需人工指定责任单位");
			return new Routing(null, List.of(), true, basis);
		}
		List<UnitId> units = new ArrayList<>(ordered);
		boolean severalRegulators = regulators.size() > 1;
		if (severalRegulators) {
			basis.add("涉及多个行业领域，由同级党委政府确定责任单位");
		}
		return new Routing(units.get(0), units.subList(1, units.size()), severalRegulators, basis);
	}

	@Transactional
	public ResponsibilityEntry assign(String regionCode, String domainCode, ResponsibilityKind kind, UnitId unitId,
			String note, Actor actor) {
		int regions = jdbc.sql("select count(*) from region where code = ?").param(regionCode).query(Integer.class).single();
		if (regions == 0) {
			throw new InvalidInputException("regionCode", "division code " + regionCode + " does not exist");
		}
		if (domainCode != null && domains.find(domainCode).isEmpty()) {
			throw new InvalidInputException("domainCode", "unknown domain '" + domainCode + "'");
		}
		if (kind == null) {
			throw new InvalidInputException("kind", "a responsibility kind is required");
		}
		organisation.requireUnit("unitId", unitId);
		boolean exists = entries().stream()
			.anyMatch(e -> e.regionCode().equals(regionCode) && java.util.Objects.equals(e.domainCode(), domainCode)
					&& e.kind() == kind && e.unitId().equals(unitId));
		if (exists) {
			throw new InvalidInputException("unitId", "the map already has this line");
		}
		ResponsibilityEntry entry = new ResponsibilityEntry(UUID.randomUUID(), regionCode, domainCode, kind, unitId, note);
		jdbc.sql("insert into responsibility (id, region_code, domain_code, kind, unit_id, note) values (?, ?, ?, ?, ?, ?)")
			.params(entry.id(), regionCode, domainCode, kind.name(), unitId.value(), note)
			.update();
		snapshot = null;
		record.append(STREAM, record.load(streamId), List.of(new ResponsibilityChanged.ResponsibilityAssigned(entry)), actor);
		return entry;
	}

	@Transactional
	public void withdraw(UUID entryId, String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "a reason is required");
		}
		int removed = jdbc.sql("delete from responsibility where id = ?").param(entryId).update();
		if (removed == 0) {
			throw new NotFoundException("responsibility map line " + entryId + " does not exist");
		}
		snapshot = null;
		record.append(STREAM, record.load(streamId),
				List.of(new ResponsibilityChanged.ResponsibilityWithdrawn(entryId, reason)), actor);
	}

	/**
	 * The map is read on every intake decision and changes rarely: it is kept in memory and read
	 * again after a change here, or after {@link #CACHE_MILLIS} for changes made by another instance.
	 */
	private List<ResponsibilityEntry> cached() {
		Snapshot current = snapshot;
		long now = System.currentTimeMillis();
		if (current == null || now - current.loadedAt() > CACHE_MILLIS) {
			current = new Snapshot(entries(), now);
			snapshot = current;
		}
		return current.entries();
	}

	private record Snapshot(List<ResponsibilityEntry> entries, long loadedAt) {
	}

	/** A division code and its ancestors: town (9 digits), county (6), city (4), province (2). */
	static List<String> chain(String code) {
		List<String> chain = new ArrayList<>();
		if (code == null) {
			return chain;
		}
		for (int length : new int[] { 9, 6, 4, 2 }) {
			if (code.length() >= length) {
				chain.add(code.substring(0, length));
			}
		}
		return chain;
	}

	private String unitName(UnitId id) {
		return unitNames.computeIfAbsent(id, u -> organisation.unit(u).map(Unit::name).orElse(u.toString()));
	}

	private String domainName(String code) {
		return domains.find(code).map(Domain::nameZh).orElse(code);
	}
}
