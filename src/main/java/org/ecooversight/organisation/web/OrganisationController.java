package org.ecooversight.organisation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.organisation.AdministeringOrganisation;
import org.ecooversight.organisation.AdministeringOrganisation.CreateUnit;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.Person;
import org.ecooversight.organisation.PersonId;
import org.ecooversight.organisation.Post;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.PostId;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.Tenure;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.ecooversight.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units, persons, posts and tenures. Any signed-in user reads the organisation; the system
 * administrator changes it. "Who held this post on that day" is answered by /posts/{id}/holder?on=.
 */
@RestController
@Tag(name = "Organisation", description = "单位、人员、职务与任职")
class OrganisationController {

	private final Organisation organisation;
	private final AdministeringOrganisation admin;
	private final java.time.Clock clock;

	OrganisationController(Organisation organisation, AdministeringOrganisation admin, java.time.Clock clock) {
		this.organisation = organisation;
		this.admin = admin;
		this.clock = clock;
	}

	record UnitView(UnitId id, String code, String name, String shortName, UnitKind kind, String kindLabel,
			String regionCode, String creditCode, UnitId parentId) {

		static UnitView of(Unit u) {
			return new UnitView(u.id(), u.code(), u.name(), u.shortName(), u.kind(), u.kind().label(), u.regionCode(),
					u.creditCode(), u.parentId());
		}
	}

	@Operation(summary = "All units")
	@GetMapping("/api/v1/units")
	List<UnitView> units() {
		return organisation.units().stream().map(UnitView::of).toList();
	}

	@Operation(summary = "One unit")
	@GetMapping("/api/v1/units/{id}")
	UnitView unit(@PathVariable UnitId id) {
		return UnitView.of(organisation.unitOrThrow(id));
	}

	record CreateUnitBody(String code, String name, String shortName, UnitKind kind, String regionCode,
			String creditCode, UnitId parentId) {
	}

	@Operation(summary = "Create a unit (system administrator)")
	@PostMapping("/api/v1/units")
	@ResponseStatus(HttpStatus.CREATED)
	UnitView createUnit(@RequestBody CreateUnitBody body, Actor actor) {
		requireAdmin(actor);
		return UnitView.of(admin.createUnit(new CreateUnit(body.code(), body.name(), body.shortName(), body.kind(),
				body.regionCode(), body.creditCode(), body.parentId()), actor));
	}

	record PostView(PostId id, UnitId unitId, PostKind kind, String kindLabel, String title, String domainCode,
			List<Tenure> tenures) {
	}

	@Operation(summary = "The posts of a unit, each with its tenures")
	@GetMapping("/api/v1/units/{id}/posts")
	List<PostView> posts(@PathVariable UnitId id) {
		organisation.unitOrThrow(id);
		return organisation.posts(id)
			.stream()
			.map(p -> new PostView(p.id(), p.unitId(), p.kind(), p.kind().label(), p.title(), p.domainCode(),
					organisation.tenures(p.id())))
			.toList();
	}

	record CreatePostBody(PostKind kind, String title, String domainCode) {
	}

	@Operation(summary = "Create a post in a unit (system administrator)")
	@PostMapping("/api/v1/units/{id}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	Post createPost(@PathVariable UnitId id, @RequestBody CreatePostBody body, Actor actor) {
		requireAdmin(actor);
		return admin.createPost(id, body.kind(), body.title(), body.domainCode(), actor);
	}

	record HolderView(PostId postId, String postTitle, PersonId personId, String personName, LocalDate from,
			LocalDate to) {
	}

	@Operation(summary = "Who held the post on a day (default: today)")
	@GetMapping("/api/v1/posts/{id}/holder")
	HolderView holder(@PathVariable PostId id, @RequestParam(required = false) LocalDate on) {
		LocalDate day = on == null ? LocalDate.now(clock.withZone(org.ecooversight.shared.ChinaTime.ZONE)) : on;
		PostHolder h = organisation.holderOn(id, day)
			.orElseThrow(() -> new NotFoundException("nobody held post " + id + " on " + day));
		return new HolderView(h.post().id(), h.post().title(), h.person().id(), h.person().name(), h.tenure().start(),
				h.tenure().end());
	}

	@Operation(summary = "All persons")
	@GetMapping("/api/v1/persons")
	List<Person> persons() {
		return organisation.persons();
	}

	record CreatePersonBody(String name, String note) {
	}

	@Operation(summary = "Create a person (system administrator)")
	@PostMapping("/api/v1/persons")
	@ResponseStatus(HttpStatus.CREATED)
	Person createPerson(@RequestBody CreatePersonBody body, Actor actor) {
		requireAdmin(actor);
		return admin.createPerson(body.name(), body.note(), actor);
	}

	record AppointBody(PersonId personId, LocalDate start, UnitId secondedFrom) {
	}

	@Operation(summary = "Appoint a person to a post from a day on (system administrator)")
	@PostMapping("/api/v1/posts/{id}/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	Tenure appoint(@PathVariable PostId id, @RequestBody AppointBody body, Actor actor) {
		requireAdmin(actor);
		if (body.personId() == null) {
			throw new InvalidInputException("personId", "is required");
		}
		return admin.appoint(id, body.personId(), body.start(), body.secondedFrom(), actor);
	}

	record EndBody(LocalDate lastDay) {
	}

	@Operation(summary = "End a tenure on its last day (system administrator)")
	@PostMapping("/api/v1/tenures/{id}/end")
	Tenure end(@PathVariable UUID id, @RequestBody EndBody body, Actor actor) {
		requireAdmin(actor);
		return admin.endTenure(id, body.lastDay(), actor);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.hasAnyRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("the organisation is maintained by the system administrator");
		}
	}
}
