package org.ecooversight.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 登录失败处理 (GB/T 22239-2019 等保三级, 8.1.4.1 身份鉴别 b): how many failed sign-ins lock an account
 * and for how long, and how many failed sign-ins from one client address refuse that address.
 *
 * @param maxFailedLogins wrong passwords for one account within {@code failureWindow} that lock it (5)
 * @param lockout how long the account is then locked (15 minutes)
 * @param failureWindow how long a failure counts towards the lock (1 hour)
 * @param addressMaxFailures failed sign-ins from one client address within {@code addressWindow}, for
 *     any names, existing or not, after which the address is refused (20)
 * @param addressWindow how long such a failure counts (15 minutes)
 * @param addressLockout how long the address is then refused (15 minutes)
 */
@ConfigurationProperties("eco.security")
public record SignInSettings(Integer maxFailedLogins, Duration lockout, Duration failureWindow,
		Integer addressMaxFailures, Duration addressWindow, Duration addressLockout) {

	public SignInSettings {
		maxFailedLogins = positive(maxFailedLogins, 5);
		lockout = positive(lockout, Duration.ofMinutes(15));
		failureWindow = positive(failureWindow, Duration.ofHours(1));
		addressMaxFailures = positive(addressMaxFailures, 20);
		addressWindow = positive(addressWindow, Duration.ofMinutes(15));
		addressLockout = positive(addressLockout, Duration.ofMinutes(15));
	}

	private static Integer positive(Integer value, int otherwise) {
		if (value != null && value < 1) {
			throw new IllegalArgumentException("eco.security: a count of at least 1, not " + value);
		}
		return value == null ? otherwise : value;
	}

	private static Duration positive(Duration value, Duration otherwise) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException("eco.security: a duration longer than zero, not " + value);
		}
		return value == null ? otherwise : value;
	}
}
