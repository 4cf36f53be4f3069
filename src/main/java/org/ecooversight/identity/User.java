package org.ecooversight.identity;

import java.util.Set;
import java.util.UUID;

import org.ecooversight.shared.Role;

/**
 * A user account: who, for which unit, in which roles, and where notices reach them outside the
 * platform (both optional).
 *
 * @param email an e-mail address, or null
 * @param mobile a mainland mobile number (11 digits), or null
 */
public record User(String username, String displayName, UUID unitId, UUID personId, Set<Role> roles, boolean enabled,
		String email, String mobile) {

	/** An account without contact details. */
	public User(String username, String displayName, UUID unitId, UUID personId, Set<Role> roles, boolean enabled) {
		this(username, displayName, unitId, personId, roles, enabled, null, null);
	}
}
