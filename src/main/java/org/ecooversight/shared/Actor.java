package org.ecooversight.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who does something: a signed-in user (with the unit they act for and their roles), the public, or
 * the platform itself. Every recorded event names its actor.
 */
public record Actor(String username, UUID unitId, Set<Role> roles) {

	public static final Actor SYSTEM = new Actor("system", null, Set.of());
	public static final Actor PUBLIC = new Actor("public", null, Set.of());

	public Actor {
		Objects.requireNonNull(username, "username");
		roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean hasAnyRole(Role... candidates) {
		for (Role candidate : candidates) {
			if (roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	/** The task force, the committee office, leaders and the discipline organ see the whole jurisdiction. */
	public boolean seesWholeJurisdiction() {
		return roles.stream().anyMatch(Role::seesWholeJurisdiction);
	}

	public boolean mayViewReporterIdentity() {
		return roles.stream().anyMatch(Role::mayViewReporterIdentity);
	}
}
