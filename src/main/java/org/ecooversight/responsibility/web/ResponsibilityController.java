package org.ecooversight.responsibility.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.responsibility.Domain;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.responsibility.ResponsibilityEntry;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.responsibility.ResponsibilityMap;
import org.ecooversight.responsibility.Routing;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The responsibility map: read by every signed-in user, edited by the system administrator. */
@RestController
@Tag(name = "Responsibility map", description = "责任清单")
class ResponsibilityController {

	private final ResponsibilityMap map;
	private final Domains domains;

	ResponsibilityController(ResponsibilityMap map, Domains domains) {
		this.map = map;
		this.domains = domains;
	}

	@Operation(summary = "The domains (pollution types and industries)")
	@GetMapping("/api/v1/domains")
	List<Domain> domains() {
		return domains.all();
	}

	@Operation(summary = "Every line of the responsibility map")
	@GetMapping("/api/v1/responsibilities")
	List<ResponsibilityEntry> entries() {
		return map.entries();
	}

	@Operation(summary = "Who the map proposes for a problem in a town and some domains")
	@GetMapping("/api/v1/responsibilities/proposal")
	Routing propose(@RequestParam String town, @RequestParam List<String> pollutionTypes) {
		return map.propose(town, domains.requireAll("pollutionTypes", pollutionTypes));
	}

	record EntryBody(String regionCode, String domainCode, ResponsibilityKind kind, UnitId unitId, String note) {
	}

	@Operation(summary = "Add a line (system administrator)")
	@PostMapping("/api/v1/responsibilities")
	@ResponseStatus(HttpStatus.CREATED)
	ResponsibilityEntry add(@RequestBody EntryBody body, Actor actor) {
		requireAdmin(actor);
		return map.assign(body.regionCode(), body.domainCode(), body.kind(), body.unitId(), body.note(), actor);
	}

	@Operation(summary = "Withdraw a line, with a reason (system administrator)")
	@DeleteMapping("/api/v1/responsibilities/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Actor actor) {
		requireAdmin(actor);
		map.withdraw(id, reason, actor);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.hasAnyRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("the responsibility map is maintained by the system administrator");
		}
	}
}
