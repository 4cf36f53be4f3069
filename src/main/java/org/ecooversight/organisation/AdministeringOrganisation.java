package org.ecooversight.organisation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ecooversight.audit.EventStore;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the organisation by an administrator: units, persons, posts, appointments and their
 * end. Each change is recorded in the unit's (or person's) stream of the tamper-evident record, so
 * that who held which post when can be proven later.
 */
@Component
@Transactional
public class AdministeringOrganisation {

	static final String UNIT_STREAM = "UNIT";
	static final String PERSON_STREAM = "PERSON";

	private final JdbcClient jdbc;
	private final Organisation organisation;
	private final EventStore record;
	private final OrganisationCache cache;

	AdministeringOrganisation(JdbcClient jdbc, Organisation organisation, EventStore record, OrganisationCache cache) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.record = record;
		this.cache = cache;
	}

	public record CreateUnit(String code, String name, String shortName, UnitKind kind, String regionCode,
			String creditCode, UnitId parentId) {
	}

	public Unit createUnit(CreateUnit cmd, Actor actor) {
		require("code", cmd.code(), 60);
		require("name", cmd.name(), 100);
		optional("shortName", cmd.shortName(), 40);
		optional("creditCode", cmd.creditCode(), 18);
		if (cmd.kind() == null) {
			throw new InvalidInputException("kind", "a unit kind is required");
		}
		if (organisation.unitByCode(cmd.code()).isPresent()) {
			throw new InvalidInputException("code", "a unit with code " + cmd.code() + " already exists");
		}
		int regions = jdbc.sql("select count(*) from region where code = ?").param(cmd.regionCode()).query(Integer.class).single();
		if (regions == 0) {
			throw new InvalidInputException("regionCode", "division code " + cmd.regionCode() + " does not exist");
		}
		if (cmd.parentId() != null) {
			organisation.requireUnit("parentId", cmd.parentId());
		}
		Unit unit = new Unit(new UnitId(UUID.randomUUID()), cmd.code().trim(), cmd.name().trim(), cmd.shortName(),
				cmd.kind(), cmd.regionCode(), cmd.creditCode(), cmd.parentId());
		jdbc.sql("insert into unit (" + "id, code, name, short_name, kind, region_code, credit_code, parent_id"
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(unit.id().value(), unit.code(), unit.name(), unit.shortName(), unit.kind().name(), unit.regionCode(),
					unit.creditCode(), unit.parentId() == null ? null : unit.parentId().value())
			.update();
		append(UNIT_STREAM, unit.id().value(), new OrganisationChanged.UnitCreated(unit), actor);
		return unit;
	}

	public Person createPerson(String name, String note, Actor actor) {
		require("name", name, 50);
		optional("note", note, 200);
		Person person = new Person(new PersonId(UUID.randomUUID()), name.trim(), note);
		jdbc.sql("insert into person (id, name, note) values (?, ?, ?)")
			.params(person.id().value(), person.name(), person.note())
			.update();
		append(PERSON_STREAM, person.id().value(), new OrganisationChanged.PersonCreated(person), actor);
		return person;
	}

	public Post createPost(UnitId unitId, PostKind kind, String title, String domainCode, Actor actor) {
		organisation.requireUnit("unitId", unitId);
		if (kind == null) {
			throw new InvalidInputException("kind", "a post kind is required");
		}
		require("title", title, 100);
		if (domainCode != null) {
			optional("domainCode", domainCode, 40);
			int domains = jdbc.sql("select count(*) from domain where code = ?").param(domainCode).query(Integer.class).single();
			if (domains == 0) {
				throw new InvalidInputException("domainCode", "domain " + domainCode + " does not exist (GET /api/v1/domains)");
			}
		}
		Post post = new Post(new PostId(UUID.randomUUID()), unitId, kind, title.trim(), domainCode);
		jdbc.sql("insert into post (id, unit_id, kind, title, domain_code) values (?, ?, ?, ?, ?)")
			.params(post.id().value(), unitId.value(), kind.name(), post.title(), domainCode)
			.update();
		append(UNIT_STREAM, unitId.value(), new OrganisationChanged.PostCreated(post), actor);
		return post;
	}

	/**
	 * Appoints a person to a post from a day on. A post has one holder at a time: the appointment
	 * may not overlap another tenure of the same post.
	 */
	public Tenure appoint(PostId postId, PersonId personId, LocalDate start, UnitId secondedFrom, Actor actor) {
		Post post = organisation.post(postId).orElseThrow(() -> new InvalidInputException("postId", "post " + postId + " does not exist"));
		organisation.person(personId).orElseThrow(() -> new InvalidInputException("personId", "person " + personId + " does not exist"));
		if (start == null) {
			throw new InvalidInputException("start", "the first day in post is required");
		}
		for (Tenure other : organisation.tenures(postId)) {
			if (other.end() == null || !start.isAfter(other.end())) {
				throw new ConflictException("post " + post.title() + " is held from " + other.start()
						+ (other.end() == null ? " with no end" : " to " + other.end())
						+ "; end that tenure before appointing someone from " + start);
			}
		}
		if (secondedFrom != null) {
			organisation.requireUnit("secondedFrom", secondedFrom);
		}
		Tenure tenure = new Tenure(UUID.randomUUID(), postId, personId, start, null, secondedFrom);
		jdbc.sql("insert into tenure (id, post_id, person_id, start_date, end_date, seconded_from_unit_id) values (?, ?, ?, ?, null, ?)")
			.params(tenure.id(), postId.value(), personId.value(), Date.valueOf(start),
					secondedFrom == null ? null : secondedFrom.value())
			.update();
		append(UNIT_STREAM, post.unitId().value(), new OrganisationChanged.PersonAppointed(tenure), actor);
		return tenure;
	}

	/** Ends a tenure on its last day. */
	public Tenure endTenure(UUID tenureId, LocalDate lastDay, Actor actor) {
		List<Tenure> found = jdbc.sql("select id, post_id, person_id, start_date, end_date, seconded_from_unit_id from tenure where id = ?")
			.param(tenureId)
			.query(Organisation::tenure)
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("tenure " + tenureId + " does not exist");
		}
		Tenure tenure = found.get(0);
		if (tenure.end() != null) {
			throw new ConflictException("the tenure already ended on " + tenure.end());
		}
		if (lastDay == null || lastDay.isBefore(tenure.start())) {
			throw new InvalidInputException("lastDay", "the last day must not be before the first day " + tenure.start());
		}
		jdbc.sql("update tenure set end_date = ? where id = ?").params(Date.valueOf(lastDay), tenureId).update();
		Post post = organisation.post(tenure.postId()).orElseThrow();
		append(UNIT_STREAM, post.unitId().value(),
				new OrganisationChanged.TenureEnded(tenureId, tenure.postId(), tenure.personId(), lastDay), actor);
		return new Tenure(tenure.id(), tenure.postId(), tenure.personId(), tenure.start(), lastDay, tenure.secondedFrom());
	}

	/** Records a change; what was kept of the organisation is forgotten (see {@link OrganisationCache}). */
	private void append(String streamType, UUID streamId, OrganisationChanged event, Actor actor) {
		cache.changing();
		record.append(streamType, record.load(streamId), List.of(event), actor);
	}

	private static void optional(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidInputException(field, "at most " + max + " characters");
		}
	}

	private static void require(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "at most " + max + " characters");
		}
	}
}
