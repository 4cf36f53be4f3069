package org.ecooversight.identity;

import java.util.Set;
import java.util.UUID;

import org.ecooversight.shared.Role;

/** A user account: who, for which unit, in which roles. */
public record User(String username, String displayName, UUID unitId, UUID personId, Set<Role> roles, boolean enabled) {
}
