package org.ecooversight.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("计数地址 / the client address an attempt counts under")
class ClientAddressTest {

	@Test
	@DisplayName("IPv4 地址按原样计数")
	void anIpv4AddressCountsAsItIs() {
		assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	@DisplayName("IPv6 地址按 /64 网段计数：同一用户换地址不换计数")
	void anIpv6AddressCountsByItsSlash64() {
		assertThat(ClientAddress.of("2001:db8:1:2:a:b:c:d")).isEqualTo("2001:db8:1:2::/64")
			.isEqualTo(ClientAddress.of("2001:0db8:0001:0002:ffff::1"))
			.isEqualTo(ClientAddress.of("[2001:db8:1:2::9]"));
		assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
	}

	@Test
	@DisplayName("没有地址时归入同一个“未知”")
	void noAddressIsUnknown() {
		assertThat(ClientAddress.of(null)).isEqualTo("unknown");
		assertThat(ClientAddress.of(" ")).isEqualTo("unknown");
	}
}
