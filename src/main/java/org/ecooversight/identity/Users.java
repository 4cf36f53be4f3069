package org.ecooversight.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ecooversight.audit.EventStore;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.ecooversight.shared.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** User accounts. Only the security administrator creates accounts and grants roles; every change is recorded. */
@Component
public class Users {

	static final String STREAM = "USER";
	private static final String COLUMNS = "username, display_name, unit_id, person_id, roles, enabled, email, mobile";
	/** The basic shape of an e-mail address: something, an at sign, a domain with a dot. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
	/** A mainland China mobile number. */
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final EventStore record;

	Users(JdbcClient jdbc, PasswordEncoder passwords, EventStore record) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.record = record;
	}

	/** Recorded when an account is created; the password hash is never recorded. */
	public record UserCreated(String username, String displayName, UUID unitId, Set<Role> roles) {
	}

	@Transactional(readOnly = true)
	public Optional<User> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
			.param(username)
			.query(Users::user)
			.optional();
	}

	@Transactional(readOnly = true)
	Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).optional();
	}

	@Transactional(readOnly = true)
	public List<User> all() {
		return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(Users::user).list();
	}

	/** The enabled accounts of a unit: who receives what is addressed to the unit. */
	@Transactional(readOnly = true)
	public List<User> enabledOf(UUID unitId) {
		return jdbc.sql("select " + COLUMNS + " from app_user where unit_id = ? and enabled = true order by username")
			.param(unitId)
			.query(Users::user)
			.list();
	}

	@Transactional
	public User create(String username, String displayName, String rawPassword, UUID unitId, UUID personId,
			Set<Role> roles, Actor actor) {
		return create(username, displayName, rawPassword, unitId, personId, roles, null, null, actor);
	}

	/**
	 * Creates an account with contact details: an e-mail address (basic shape) and a mainland mobile
	 * number (11 digits starting 13 to 19), each optional.
	 */
	@Transactional
	public User create(String username, String displayName, String rawPassword, UUID unitId, UUID personId,
			Set<Role> roles, String email, String mobile, Actor actor) {
		if (!actor.hasAnyRole(Role.SECURITY_ADMIN) && actor != Actor.SYSTEM) {
			throw new ForbiddenException("accounts are created by the security administrator");
		}
		if (username == null || !username.matches("[a-z0-9._-]{3,50}")) {
			throw new InvalidInputException("username", "3 to 50 lower-case letters, digits, dots, dashes or underscores");
		}
		if (find(username).isPresent()) {
			throw new InvalidInputException("username", "already taken");
		}
		if (rawPassword == null || rawPassword.length() < 8) {
			throw new InvalidInputException("password", "at least 8 characters");
		}
		checkContact(email, mobile);
		return createWithHash(username, displayName, passwords.encode(rawPassword), unitId, personId, roles, email, mobile,
				actor);
	}

	/** Creates an account with an already-hashed password (used by the demo seed, which hashes once). */
	@Transactional
	public User createWithHash(String username, String displayName, String passwordHash, UUID unitId, UUID personId,
			Set<Role> roles, Actor actor) {
		return createWithHash(username, displayName, passwordHash, unitId, personId, roles, null, null, actor);
	}

	/** Creates an account with an already-hashed password and contact details (each optional). */
	@Transactional
	public User createWithHash(String username, String displayName, String passwordHash, UUID unitId, UUID personId,
			Set<Role> roles, String email, String mobile, Actor actor) {
		checkContact(email, mobile);
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "at least one role");
		}
		long admin = roles.stream().filter(r -> r == Role.SYSTEM_ADMIN || r == Role.SECURITY_ADMIN || r == Role.AUDIT_ADMIN).count();
		if (admin > 0 && roles.size() > 1) {
			throw new InvalidInputException("roles",
					"an administrator role (system, security, audit) is held alone: the three are separate (等保三级)");
		}
		jdbc.sql("insert into app_user (username, password_hash, display_name, unit_id, person_id, roles, enabled, email, mobile) values (?, ?, ?, ?, ?, ?, true, ?, ?)")
			.params(username, passwordHash, displayName, unitId, personId,
					roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")), blankToNull(email),
					blankToNull(mobile))
			.update();
		UUID stream = UUID.nameUUIDFromBytes(("user:" + username).getBytes());
		record.append(STREAM, stream, 0, List.of(new UserCreated(username, displayName, unitId, roles)), actor);
		return find(username).orElseThrow();
	}

	@Transactional(readOnly = true)
	public boolean any() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
	}

	/** Refuses an e-mail address or mobile number of the wrong shape (both are optional). */
	private static void checkContact(String email, String mobile) {
		Validation v = new Validation();
		String address = v.text("email", email, false, 200);
		if (address != null && !EMAIL.matcher(address).matches()) {
			v.reject("email", "not an e-mail address (name@domain)");
		}
		String number = v.text("mobile", mobile, false, 20);
		if (number != null && !MOBILE.matcher(number).matches()) {
			v.reject("mobile", "a mainland mobile number: 11 digits starting with 13 to 19");
		}
		v.throwIfAny();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static User user(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
		return new User(rs.getString("username"), rs.getString("display_name"), rs.getObject("unit_id", UUID.class),
				rs.getObject("person_id", UUID.class), roles, rs.getBoolean("enabled"), rs.getString("email"),
				rs.getString("mobile"));
	}
}
