package org.ecooversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.ecooversight.support.MutableClock;
import org.ecooversight.support.PlatformTest;
import org.ecooversight.support.SecondInstance;
import org.ecooversight.throttle.Throttle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 等保三级 登录失败处理 (GB/T 22239-2019 8.1.4.1 b): five wrong passwords lock an account for 15 minutes,
 * on the API and the sign-in page alike and on every instance (the counts are in the database); a
 * name without an account locks nothing, its failures count against the client address; a flood of
 * names unlocks nobody.
 */
@DisplayName("登录失败锁定 / lock-out after repeated failed sign-ins")
class LockoutTest extends PlatformTest {

	private static final Actor SECURITY_ADMIN = new Actor("secadmin", null, EnumSet.of(Role.SECURITY_ADMIN));

	@Autowired
	Users users;

	@Autowired
	Environment environment;

	@Autowired
	Throttle throttle;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	@DisplayName("连续5次密码错误后锁定15分钟，期间正确密码也被拒绝（与密码错误、账户不存在的答复相同），到期后恢复")
	void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
		String name = anAccount();
		String address = anAddress();
		assertThat(status(name, "right-password", address)).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(status(name, "wrong-" + i, address)).isEqualTo(401);
		}
		MockHttpServletResponse locked = basic(name, "right-password", address);
		MockHttpServletResponse wrong = basic(name, "wrong-again", address);
		MockHttpServletResponse nobody = basic("nobody" + UUID.randomUUID().toString().substring(0, 6), "x", address);
		assertThat(locked.getStatus()).as("locked").isEqualTo(401);
		assertThat(locked.getContentAsString()).as("a locked account is answered like a wrong password")
			.isEqualTo(wrong.getContentAsString())
			.isEqualTo(nobody.getContentAsString());
		clock.advance(Duration.ofMinutes(16));
		assertThat(status(name, "right-password", address)).as("the lock has run out").isEqualTo(200);
		assertThat(status(name, "wrong-again", address)).isEqualTo(401);
		assertThat(status(name, "right-password", address)).as("one failure does not lock").isEqualTo(200);
	}

	@Test
	@DisplayName("登录页面输错5次同样锁定账户（接口上也被拒绝），页面提示锁定规则")
	void theSignInPageCountsTowardsTheSameLock() throws Exception {
		String name = anAccount();
		String address = anAddress();
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse page = formLogin(name, "wrong-" + i, address);
			assertThat(page.getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(formLogin(name, "right-password", address).getRedirectedUrl()).as("locked on the page")
			.isEqualTo("/login?error");
		assertThat(status(name, "right-password", address)).as("and on the API").isEqualTo(401);
		String html = mvc.perform(MockMvcRequestBuilders.get("/login?error")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("连续 5 次输入错误，账户将被锁定 15 分钟");
	}

	@Test
	@DisplayName("不存在的用户名登录失败不锁定该名称：之后以此名称创建的账户可以正常登录")
	void failuresForANameWithoutAnAccountDoNotLockAFutureAccount() throws Exception {
		String name = "future" + UUID.randomUUID().toString().substring(0, 6);
		String address = anAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(status(name, "guess-" + i, address)).isEqualTo(401);
		}
		assertThat(rows(RememberingAuthentication.ACCOUNT, List.of(name))).as("nothing kept under the name").isZero();
		users.create(name, "后建账户", "right-password", null, null, EnumSet.of(Role.TASK_FORCE_MEMBER), SECURITY_ADMIN);
		assertThat(status(name, "right-password", address)).isEqualTo(200);
	}

	@Test
	@DisplayName("大量随机用户名的失败登录不能解除已锁定的账户；计数只随过期清理，不被整体清空")
	void aFloodOfRandomNamesUnlocksNobody() throws Exception {
		String name = anAccount();
		for (int i = 0; i < 5; i++) {
			assertThat(status(name, "wrong-" + i, anAddress())).isEqualTo(401);
		}
		assertThat(status(name, "right-password", anAddress())).as("locked").isEqualTo(401);

		// Through the front door: random names, each from an address of its own, leave no counter per name.
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String random = "rnd" + UUID.randomUUID().toString().replace("-", "");
			names.add(random);
			assertThat(status(random, "x", anAddress())).isEqualTo(401);
		}
		assertThat(rows(RememberingAuthentication.ACCOUNT, names)).isZero();

		// As if 10,001 names had failures (more than the old in-memory table held before clearing it
		// all): half of them in force, half long expired; then the cleanup runs.
		var now = clock.instant();
		List<Object[]> flood = new ArrayList<>();
		for (int i = 0; i <= 10_000; i++) {
			flood.add(new Object[] { RememberingAuthentication.ACCOUNT, "flood" + i + "-" + UUID.randomUUID(), 3,
					Timestamp.from(i % 2 == 0 ? now.plus(Duration.ofMinutes(30)) : now.minus(Duration.ofHours(2))) });
		}
		new JdbcTemplate(dataSource).batchUpdate(
				"insert into attempt_counter (scope, subject, attempts, expires_at) values (?, ?, ?, ?)", flood);
		assertThat(throttle.purgeExpired()).as("the expired half is deleted").isGreaterThanOrEqualTo(5_000);
		assertThat(status(name, "right-password", anAddress())).as("still locked").isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from attempt_counter where subject like 'flood%'").query(Long.class).single())
			.as("counters in force are kept").isEqualTo(5_001L);
		jdbc.sql("delete from attempt_counter where subject like 'flood%'").update();

		clock.advance(Duration.ofMinutes(16));
		assertThat(status(name, "right-password", anAddress())).as("the lock has run out").isEqualTo(200);
	}

	@Test
	@DisplayName("同一地址20次失败登录（无论用户名是否存在）后，该地址被拒绝15分钟：429 与 Retry-After；其他地址不受影响")
	void anAddressWithTooManyFailuresIsRefused() throws Exception {
		String address = anAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(status("rnd" + UUID.randomUUID().toString().substring(0, 8), "x", address)).isEqualTo(401);
		}
		MockHttpServletResponse refused = basic("office", "demo1234", address);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 900L);
		String page = formLogin("office", "demo1234", address).getRedirectedUrl();
		assertThat(page).startsWith("/login?throttled=");
		assertThat(mvc.perform(MockMvcRequestBuilders.get(page)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("本地址登录失败次数过多，请 15 分钟后再试");
		assertThat(status("office", "demo1234", anAddress())).as("another address").isEqualTo(200);
		clock.advance(Duration.ofMinutes(16));
		assertThat(status("office", "demo1234", address)).as("the refusal has run out").isEqualTo(200);
	}

	@Test
	@DisplayName("两个实例共用失败计数：此处3次、另一实例2次，账户即在两处都被锁定")
	void twoInstancesShareTheCount() throws Exception {
		String name = anAccount();
		String address = anAddress();
		try (ConfigurableApplicationContext second = SecondInstance.on(environment)) {
			second.getBean(MutableClock.class).set(clock.instant());
			RememberingAuthentication there = second.getBean(RememberingAuthentication.class);
			for (int i = 0; i < 3; i++) {
				assertThat(status(name, "wrong-" + i, address)).isEqualTo(401);
			}
			for (int i = 0; i < 2; i++) {
				String password = "wrong-there-" + i;
				assertThat(catchThrowable(() -> there.authenticate(token(name, password, address))))
					.isInstanceOf(BadCredentialsException.class);
			}
			assertThat(status(name, "right-password", address)).as("locked here").isEqualTo(401);
			assertThat(catchThrowable(() -> there.authenticate(token(name, "right-password", address))))
				.as("and there")
				.isInstanceOf(BadCredentialsException.class);
		}
	}

	private static UsernamePasswordAuthenticationToken token(String name, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return token;
	}

	private String anAccount() {
		String name = "lock" + UUID.randomUUID().toString().substring(0, 6);
		users.create(name, "锁定测试", "right-password", null, null, EnumSet.of(Role.TASK_FORCE_MEMBER), SECURITY_ADMIN);
		return name;
	}

	private long rows(String scope, List<String> subjects) {
		long n = 0;
		for (String subject : subjects) {
			n += jdbc.sql("select count(*) from attempt_counter where scope = ? and subject = ?")
				.params(scope, subject)
				.query(Long.class)
				.single();
		}
		return n;
	}

	private int status(String user, String password, String address) throws Exception {
		return basic(user, password, address).getStatus();
	}

	private MockHttpServletResponse basic(String user, String password, String address) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/v1/notifications/unread-count")
			.with(httpBasic(user, password))
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			})).andReturn().getResponse();
	}

	private MockHttpServletResponse formLogin(String user, String password, String address) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/login")
			.param("username", user)
			.param("password", password)
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			})).andReturn().getResponse();
	}

	/** A client address of its own for each sign-in series (the counters live in the shared test database). */
	private static String anAddress() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
	}
}
