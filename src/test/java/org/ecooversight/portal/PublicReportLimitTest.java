package org.ecooversight.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.ecooversight.support.MutableClock;
import org.ecooversight.support.PlatformTest;
import org.ecooversight.support.SecondInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The public report limit (eco.portal.reports-per-hour, here 3): per client address and hour, the
 * form and the API together, counted in the database and so shared by every instance on it.
 */
@DisplayName("公众举报频次限制 / public report limit per client address")
@TestPropertySource(properties = "eco.portal.reports-per-hour=3")
class PublicReportLimitTest extends PlatformTest {

	@Autowired
	Environment environment;

	@Test
	@DisplayName("同一地址一小时内第4次通过接口举报被拒绝：429、problem+json、Retry-After；一小时后恢复")
	void theApiRefusesTheFourthReportOfAnHourWithAProblemAndRetryAfter() throws Exception {
		String address = anAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(report(address, null).getStatus()).as("report %d", i + 1).isEqualTo(201);
		}
		MockHttpServletResponse refused = report(address, null);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		var problem = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.path("status").asInt()).isEqualTo(429);
		assertThat(problem.path("detail").asString()).contains("3 public reports");
		long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3600L);
		assertThat(report(anAddress(), null).getStatus()).as("another address").isEqualTo(201);

		clock.advance(Duration.ofSeconds(retryAfter));
		assertThat(report(address, null).getStatus()).as("the hour is over").isEqualTo(201);
	}

	@Test
	@DisplayName("表单与接口共用一个限额：接口用完后，表单显示中文提示（几分钟后再试）并保留所填内容")
	void theFormSharesTheLimitAndKeepsWhatWasTyped() throws Exception {
		String address = anAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(report(address, null).getStatus()).isEqualTo(201);
		}
		String description = unique("河道边有人倾倒建筑垃圾");
		MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.multipart("/public/report")
			.param("description", description)
			.param("townCode", CHIHE)
			.param("pollutionTypes", "SOLID_WASTE")
			.param("anonymous", "true")
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			})).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(429);
		assertThat(page.getHeader("Retry-After")).isNotBlank();
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("提交举报过于频繁").contains("分钟后再试").contains(description);
	}

	@Test
	@DisplayName("未配置可信代理时，X-Forwarded-For 不改变计数的地址")
	void xForwardedForIsNotTrustedWithoutAConfiguredProxy() throws Exception {
		String address = anAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(report(address, anAddress()).getStatus()).isEqualTo(201);
		}
		assertThat(report(address, anAddress()).getStatus()).isEqualTo(429);
	}

	@Test
	@DisplayName("两个实例共用同一数据库中的计数：两处合计仍是每小时3次")
	void twoInstancesShareTheCount() throws Exception {
		String address = anAddress();
		try (ConfigurableApplicationContext second = SecondInstance.on(environment, "--eco.portal.reports-per-hour=3")) {
			second.getBean(MutableClock.class).set(clock.instant());
			PublicReportLimit there = second.getBean(PublicReportLimit.class);
			assertThat(report(address, null).getStatus()).isEqualTo(201);
			there.take(address);
			there.take(address);
			assertThat(report(address, null).getStatus()).as("the third report was counted on the other instance")
				.isEqualTo(429);
			assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> there.take(address)))
				.isInstanceOf(org.ecooversight.throttle.TooManyAttemptsException.class);
		}
	}

	@Test
	@DisplayName("同一地址40次同时举报（8个连接并发）：恰好3次通过")
	void simultaneousReportsCannotSlipUnderTheLimit() throws Exception {
		String address = anAddress();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			all.add(pool.submit(() -> {
				start.await();
				try {
					limit.take(address);
					allowed.incrementAndGet();
				}
				catch (org.ecooversight.throttle.TooManyAttemptsException e) {
					refused.incrementAndGet();
				}
				return null;
			}));
		}
		start.countDown();
		for (var f : all) {
			f.get();
		}
		pool.shutdown();
		assertThat(allowed.get()).isEqualTo(3);
		assertThat(refused.get()).isEqualTo(37);
	}

	@Autowired
	PublicReportLimit limit;

	private MockHttpServletResponse report(String address, String forwardedFor) throws Exception {
		var request = MockMvcRequestBuilders.post("/api/v1/public/leads")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("description", unique("烟囱冒黑烟"), "townCode", CHENGGUAN,
					"pollutionTypes", List.of("AIR"), "reporter", Map.of("anonymous", true))))
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** A client address of its own for each test (the counters live in the shared test database). */
	static String anAddress() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
	}
}
