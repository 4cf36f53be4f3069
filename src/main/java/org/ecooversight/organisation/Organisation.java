package org.ecooversight.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organisation: units, posts, persons, and who held a post on a given day. What other
 * modules ask over and over, the county's own units ({@link #countyUnit}) and its leaders in charge
 * ({@link #leadersInCharge}), is answered from memory until the organisation changes
 * ({@link OrganisationCache}).
 */
@Component
@Transactional(readOnly = true)
public class Organisation {

	private static final String UNIT_COLUMNS = "id, code, name, short_name, kind, region_code, credit_code, parent_id";

	private final JdbcClient jdbc;
	private final OrganisationCache cache;
	private final String jurisdiction;

	Organisation(JdbcClient jdbc, OrganisationCache cache, Jurisdiction jurisdiction) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.jurisdiction = jurisdiction.regionCode();
	}

	public Optional<Unit> unit(UnitId id) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from unit where id = ?").param(id.value()).query(Organisation::unit).optional();
	}

	public Unit requireUnit(String field, UnitId id) {
		if (id == null) {
			throw new InvalidInputException(field, "a unit is required");
		}
		return unit(id).orElseThrow(() -> new InvalidInputException(field, "unit " + id + " does not exist"));
	}

	public Unit unitOrThrow(UnitId id) {
		return unit(id).orElseThrow(() -> new NotFoundException("unit " + id + " does not exist"));
	}

	public Optional<Unit> unitByCode(String code) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from unit where code = ?").param(code).query(Organisation::unit).optional();
	}

	public List<Unit> units() {
		return jdbc.sql("select " + UNIT_COLUMNS + " from unit order by region_code, kind, code").query(Organisation::unit).list();
	}

	public Map<UnitId, Unit> unitsById(Collection<UnitId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + UNIT_COLUMNS + " from unit where id in (:ids)")
			.param("ids", ids.stream().map(UnitId::value).toList())
			.query(Organisation::unit)
			.list()
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
	}

	/** The unit of a kind seated in a region, e.g. the government of a town or the county's discipline commission. */
	public Optional<Unit> unitOfKind(String regionCode, UnitKind kind) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from unit where region_code = ? and kind = ? order by code")
			.params(regionCode, kind.name())
			.query(Organisation::unit)
			.stream()
			.findFirst();
	}

	/**
	 * The jurisdiction's own unit of a kind: the county government, its task force, the committee
	 * office, the discipline commission, ... (the one with the first code, if a kind has several).
	 */
	public Optional<Unit> countyUnit(UnitKind kind) {
		return cache.get(new CountyUnit(kind), () -> unitOfKind(jurisdiction, kind));
	}

	/**
	 * The county leaders in charge of any of {@code domains} on {@code day} (县委、县政府分管领导): the
	 * deputies in charge in the county party committee and government whose post covers
	 * environmental protection in general (no domain) or one of the domains; where there is none,
	 * the head of the county government.
	 */
	public List<LeaderInCharge> leadersInCharge(Collection<String> domains, LocalDate day) {
		List<String> sorted = List.copyOf(new TreeSet<>(domains));
		return cache.get(new InCharge(sorted, day), () -> findLeadersInCharge(sorted, day));
	}

	private List<LeaderInCharge> findLeadersInCharge(List<String> domains, LocalDate day) {
		List<LeaderInCharge> leaders = new ArrayList<>();
		for (UnitKind kind : new UnitKind[] { UnitKind.PARTY_COMMITTEE, UnitKind.GOVERNMENT }) {
			countyUnit(kind).ifPresent(unit -> holdersOn(unit.id(), day).stream()
				.filter(h -> h.post().kind() == PostKind.DEPUTY_IN_CHARGE
						&& (h.post().domainCode() == null || domains.contains(h.post().domainCode())))
				.forEach(h -> leaders.add(new LeaderInCharge(unit, h))));
		}
		if (leaders.isEmpty()) {
			countyUnit(UnitKind.GOVERNMENT).flatMap(government -> holdersOn(government.id(), day).stream()
				.filter(h -> h.post().kind() == PostKind.GOVERNMENT_HEAD)
				.findFirst()
				.map(h -> new LeaderInCharge(government, h))).ifPresent(leaders::add);
		}
		return List.copyOf(leaders);
	}

	private record CountyUnit(UnitKind kind) {
	}

	private record InCharge(List<String> domains, LocalDate day) {
	}

	public List<Post> posts(UnitId unit) {
		return jdbc.sql("select id, unit_id, kind, title, domain_code from post where unit_id = ? order by kind, title")
			.param(unit.value())
			.query(Organisation::post)
			.list();
	}

	public Optional<Post> post(PostId id) {
		return jdbc.sql("select id, unit_id, kind, title, domain_code from post where id = ?")
			.param(id.value())
			.query(Organisation::post)
			.optional();
	}

	public Optional<Person> person(PersonId id) {
		return jdbc.sql("select id, name, note from person where id = ?").param(id.value()).query(Organisation::person).optional();
	}

	public List<Person> persons() {
		return jdbc.sql("select id, name, note from person order by name").query(Organisation::person).list();
	}

	public List<Tenure> tenures(PostId post) {
		return jdbc.sql("select id, post_id, person_id, start_date, end_date, seconded_from_unit_id from tenure where post_id = ? order by start_date")
			.param(post.value())
			.query(Organisation::tenure)
			.list();
	}

	/** Who held the post on that day, if anyone. */
	public Optional<PostHolder> holderOn(PostId postId, LocalDate day) {
		Post post = post(postId).orElseThrow(() -> new NotFoundException("post " + postId + " does not exist"));
		return tenures(postId).stream()
			.filter(t -> t.covers(day))
			.findFirst()
			.map(t -> new PostHolder(post, person(t.personId()).orElseThrow(), t));
	}

	/** Everyone who held a post in the unit on that day (one query: assignments ask this for every notice). */
	public List<PostHolder> holdersOn(UnitId unit, LocalDate day) {
		return jdbc.sql("""
				select p.id, p.unit_id, p.kind, p.title, p.domain_code,
				  t.id as tenure_id, t.person_id, t.start_date, t.end_date, t.seconded_from_unit_id,
				  r.name as person_name, r.note as person_note
				from post p
				  join tenure t on t.post_id = p.id
				  join person r on r.id = t.person_id
				where p.unit_id = ? and t.start_date <= ? and (t.end_date is null or t.end_date >= ?)
				order by p.kind, p.title""")
			.params(unit.value(), java.sql.Date.valueOf(day), java.sql.Date.valueOf(day))
			.query((rs, i) -> {
				Post post = post(rs, i);
				java.sql.Date end = rs.getDate("end_date");
				UUID seconded = rs.getObject("seconded_from_unit_id", UUID.class);
				PersonId personId = new PersonId(rs.getObject("person_id", UUID.class));
				Tenure tenure = new Tenure(rs.getObject("tenure_id", UUID.class), post.id(), personId,
						rs.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate(),
						seconded == null ? null : new UnitId(seconded));
				return new PostHolder(post, new Person(personId, rs.getString("person_name"), rs.getString("person_note")), tenure);
			})
			.list();
	}

	static Unit unit(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new Unit(new UnitId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("name"),
				rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
				rs.getString("credit_code"), parent == null ? null : new UnitId(parent));
	}

	static Post post(ResultSet rs, int row) throws SQLException {
		return new Post(new PostId(rs.getObject("id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				PostKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("domain_code"));
	}

	static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("note"));
	}

	static Tenure tenure(ResultSet rs, int row) throws SQLException {
		java.sql.Date end = rs.getDate("end_date");
		UUID seconded = rs.getObject("seconded_from_unit_id", UUID.class);
		return new Tenure(rs.getObject("id", UUID.class), new PostId(rs.getObject("post_id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), rs.getDate("start_date").toLocalDate(),
				end == null ? null : end.toLocalDate(), seconded == null ? null : new UnitId(seconded));
	}
}
