package org.ecooversight.identity;

import java.util.Collection;
import java.util.List;

import org.ecooversight.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user as Spring Security holds it, able to say who acts. */
public class EcoUserDetails implements UserDetails {

	private final User user;
	private final String passwordHash;

	EcoUserDetails(User user, String passwordHash) {
		this.user = user;
		this.passwordHash = passwordHash;
	}

	public User user() {
		return user;
	}

	public Actor actor() {
		return new Actor(user.username(), user.unitId(), user.roles());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return user.enabled();
	}

	List<String> roleNames() {
		return user.roles().stream().map(Enum::name).toList();
	}
}
