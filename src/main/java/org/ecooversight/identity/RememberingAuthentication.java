package org.ecooversight.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ecooversight.throttle.ClientAddress;
import org.ecooversight.throttle.Throttle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password with BCrypt, and remembers a successful check for a minute.
 * The API is stateless (HTTP Basic on every request); without this, every request would pay a
 * deliberately slow BCrypt comparison (about 100 ms), which caps a hotline desk in a national
 * inspection's burst. What is remembered is an HMAC of the credentials under a key that lives only
 * in this process's memory, never the password; a wrong password is never remembered.
 * <p>
 * 登录失败处理 (等保三级), on the API and the sign-in page alike, counted in the database
 * ({@link Throttle}) so that every instance shares the counts (ADR 0010):
 * <ul>
 * <li>{@code eco.security.max-failed-logins} (5) wrong passwords for an account within
 * {@code failure-window} lock it for {@code lockout} (15 minutes); a success ends the run.</li>
 * <li>A name without an account locks nothing (an account created later under that name is not
 * locked, and random names leave no trace); every failure, for any name, counts against the client
 * address, and {@code address-max-failures} (20) within {@code address-window} refuse that address for
 * {@code address-lockout}, before any password is checked.</li>
 * <li>The answer does not tell whether an account exists or is locked: the same refusal for a wrong
 * password, an unknown name and a locked account, and a BCrypt comparison in each case (a locked
 * account's password is still compared, then refused), so the time does not tell either.</li>
 * </ul>
 */
@Component
class RememberingAuthentication implements AuthenticationProvider {

	static final String ACCOUNT = "sign-in-account";
	static final String ADDRESS = "sign-in-address";
	private static final Duration REMEMBER = Duration.ofMinutes(1);
	private static final int MAX_REMEMBERED = 10_000;
	private static final String REFUSED = "wrong user name or password";

	private final DaoAuthenticationProvider bcrypt;
	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
	private final SecretKeySpec key;
	private final Clock clock;
	private final Throttle throttle;
	private final Throttle.Rule accountRule;
	private final Throttle.Rule addressRule;

	RememberingAuthentication(UserDetailsService users, PasswordEncoder passwords, Clock clock, Throttle throttle,
			SignInSettings settings) {
		this.throttle = throttle;
		this.accountRule = new Throttle.Rule(settings.maxFailedLogins(), settings.failureWindow(), settings.lockout());
		this.addressRule = new Throttle.Rule(settings.addressMaxFailures(), settings.addressWindow(),
				settings.addressLockout());
		this.bcrypt = new DaoAuthenticationProvider(users);
		this.bcrypt.setPasswordEncoder(passwords);
		// told apart here, answered alike below
		this.bcrypt.setHideUserNotFoundExceptions(false);
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
			throw new BadCredentialsException(REFUSED);
		}
		String address = ClientAddress.of(authentication.getDetails() instanceof WebAuthenticationDetails web
				? web.getRemoteAddress() : null);
		Instant now = Instant.now(clock);
		Optional<Instant> addressRefused = throttle.blockedUntil(ADDRESS, address);
		if (addressRefused.isPresent()) {
			throw new SignInThrottledException(new Throttle.Verdict(false, addressRefused.get()).retryAfterSeconds(now));
		}
		boolean locked = throttle.blockedUntil(ACCOUNT, name).isPresent();
		String fingerprint = fingerprint(name, credentials.toString());
		Remembered known = remembered.get(fingerprint);
		if (!locked && known != null && now.isBefore(known.until())) {
			return known.authentication();
		}
		Authentication checked;
		try {
			checked = bcrypt.authenticate(authentication);
		}
		catch (UsernameNotFoundException unknown) {
			// a name without an account: counted against the address only
			throttle.fail(ADDRESS, address, addressRule);
			throw new BadCredentialsException(REFUSED);
		}
		catch (BadCredentialsException wrong) {
			throttle.fail(ACCOUNT, name, accountRule);
			throttle.fail(ADDRESS, address, addressRule);
			throw new BadCredentialsException(REFUSED);
		}
		if (locked) {
			throw new BadCredentialsException(REFUSED);
		}
		throttle.clear(ACCOUNT, name);
		if (remembered.size() >= MAX_REMEMBERED) {
			// a cache of successful checks only (real accounts): emptying it costs a BCrypt check, never a lock
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
