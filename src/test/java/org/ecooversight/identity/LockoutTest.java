package org.ecooversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Role;
import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 等保三级 登录失败处理: five wrong passwords in a row lock the account for 15 minutes. */
@DisplayName("登录失败锁定 / lock-out after repeated failed sign-ins")
class LockoutTest extends PlatformTest {

	@Autowired
	Users users;

	@Test
	@DisplayName("连续5次密码错误后锁定15分钟，期间正确密码也被拒绝，到期后恢复")
	void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
		String name = "lock" + UUID.randomUUID().toString().substring(0, 6);
		users.create(name, "锁定测试", "right-password", null, null, EnumSet.of(Role.TASK_FORCE_MEMBER),
				new Actor("secadmin", null, EnumSet.of(Role.SECURITY_ADMIN)));
		assertThat(status(name, "right-password")).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(status(name, "wrong-" + i)).isEqualTo(401);
		}
		assertThat(status(name, "right-password")).as("locked").isEqualTo(401);
		clock.advance(Duration.ofMinutes(16));
		assertThat(status(name, "right-password")).as("the lock has run out").isEqualTo(200);
		assertThat(status(name, "wrong-again")).isEqualTo(401);
		assertThat(status(name, "right-password")).as("one failure does not lock").isEqualTo(200);
	}

	private int status(String user, String password) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/v1/notifications/unread-count").with(httpBasic(user, password)))
			.andReturn()
			.getResponse()
			.getStatus();
	}
}
