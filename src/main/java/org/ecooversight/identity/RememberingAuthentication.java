package org.ecooversight.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password with BCrypt, and remembers a successful check for a minute.
 * The API is stateless (HTTP Basic on every request); without this, every request would pay a
 * deliberately slow BCrypt comparison (about 100 ms), which caps a hotline desk in a national
 * inspection's burst. What is remembered is an HMAC of the credentials under a key that lives only
 * in this process's memory, never the password; a wrong password is never remembered.
 * <p>
 * After {@code eco.security.max-failed-logins} (5) wrong passwords in a row an account is locked for
 * {@code eco.security.lockout} (15 minutes), on the API and the sign-in page alike (等保 level 3:
 * 登录失败处理). The count is kept per instance.
 */
@Component
class RememberingAuthentication implements AuthenticationProvider {

	private static final Duration REMEMBER = Duration.ofMinutes(1);
	private static final int MAX_ENTRIES = 10_000;

	private final DaoAuthenticationProvider bcrypt;
	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
	private final SecretKeySpec key;
	private final Clock clock;

	/** Failed sign-ins per user name, and until when the account is locked (登录失败处理, 等保三级). */
	private record Failures(int count, Instant lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final int maxFailures;
	private final Duration lockout;

	RememberingAuthentication(UserDetailsService users, PasswordEncoder passwords, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${eco.security.max-failed-logins:5}") int maxFailures,
			@org.springframework.beans.factory.annotation.Value("${eco.security.lockout:PT15M}") Duration lockout) {
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.bcrypt = new DaoAuthenticationProvider(users);
		this.bcrypt.setPasswordEncoder(passwords);
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (credentials == null) {
			return bcrypt.authenticate(authentication);
		}
		String fingerprint = fingerprint(name, credentials.toString());
		Instant now = Instant.now(clock);
		Failures failed = failures.get(name);
		if (failed != null && failed.lockedUntil() != null && now.isBefore(failed.lockedUntil())) {
			throw new org.springframework.security.authentication.LockedException("account " + name
					+ " is locked after " + failed.count() + " failed sign-ins until " + failed.lockedUntil());
		}
		Remembered known = remembered.get(fingerprint);
		if (known != null && now.isBefore(known.until())) {
			return known.authentication();
		}
		Authentication checked;
		try {
			checked = bcrypt.authenticate(authentication);
		}
		catch (org.springframework.security.authentication.BadCredentialsException wrong) {
			failures.compute(name, (n, f) -> {
				int count = (f == null || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) ? 1 : f.count() + 1;
				return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
			});
			if (failures.size() > MAX_ENTRIES) {
				failures.clear();
			}
			throw wrong;
		}
		failures.remove(name);
		if (remembered.size() >= MAX_ENTRIES) {
			remembered.clear();
		}
		UsernamePasswordAuthenticationToken safe = UsernamePasswordAuthenticationToken
			.authenticated(checked.getPrincipal(), null, checked.getAuthorities());
		remembered.put(fingerprint, new Remembered(safe, now.plus(REMEMBER)));
		return checked;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String fingerprint(String name, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return name + ":" + HexFormat.of().formatHex(mac.doFinal((name + "\0" + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Remembered(Authentication authentication, Instant until) {
	}
}
