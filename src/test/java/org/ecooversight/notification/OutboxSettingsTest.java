package org.ecooversight.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outbox's back-off and the settings that could not work. */
@DisplayName("发件箱设置 / outbox settings")
class OutboxSettingsTest {

	@Test
	@DisplayName("退避时间自 1 分钟起逐次加倍，最长 6 小时")
	void theBackoffDoublesUpToTheCap() {
		NotificationSettings.Outbox outbox = new NotificationSettings.Outbox(null, 0, 0, null, null, null);
		assertThat(outbox.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(outbox.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(outbox.backoffAfter(7)).isEqualTo(Duration.ofMinutes(64));
		assertThat(outbox.backoffAfter(9)).isEqualTo(Duration.ofMinutes(256));
		assertThat(outbox.backoffAfter(10)).isEqualTo(Duration.ofHours(6));
		assertThat(outbox.backoffAfter(1000)).isEqualTo(Duration.ofHours(6));
		assertThat(outbox.maxAttempts()).isEqualTo(8);
	}

	@Test
	@DisplayName("开启短信却未配置网关地址、退避时间为零：启动时指明配置项并拒绝")
	void settingsThatCannotWorkAreRefusedNamingTheKey() {
		assertThatThrownBy(() -> new NotificationSettings.Sms(true, " ", "token", null, null))
			.hasMessageContaining("eco.notification.sms.url");
		assertThatThrownBy(() -> new NotificationSettings.Sms(true, "not a url", null, null, null))
			.hasMessageContaining("eco.notification.sms.url");
		assertThatThrownBy(() -> new NotificationSettings.Outbox(null, 0, 0, Duration.ZERO, null, null))
			.hasMessageContaining("eco.notification.outbox.backoff-base");
	}
}
