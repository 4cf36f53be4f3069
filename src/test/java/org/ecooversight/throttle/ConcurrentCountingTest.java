package org.ecooversight.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many attempts from one address at the same moment (a burst of public reports behind one gateway,
 * as in a national inspection): each is counted once, none is refused below the limit, none fails.
 * On H2 an update of a row another transaction has just changed may find "no row"; the count is
 * then taken again, not refused.
 */
@DisplayName("并发计数 / attempts counted at the same moment")
class ConcurrentCountingTest extends PlatformTest {

	@Autowired
	Throttle throttle;

	@Test
	@DisplayName("16个并发请求各25次，限额远未达到：全部放行，计数恰为400")
	void concurrentAttemptsBelowTheLimitAreAllLetThrough() throws Exception {
		String who = "burst-" + UUID.randomUUID();
		Throttle.Rule rule = Throttle.Rule.atMost(100_000, Duration.ofHours(1));
		List<Boolean> verdicts = inParallel(16, 25, () -> throttle.take("test-burst", who, rule).allowed());
		assertThat(verdicts).hasSize(400).containsOnly(true);
		assertThat(attempts("test-burst")).isEqualTo(400);
	}

	@Test
	@DisplayName("16个并发失败各10次：每次失败都计入，无一出错")
	void concurrentFailuresAreEachCounted() throws Exception {
		String who = "failures-" + UUID.randomUUID();
		Throttle.Rule rule = new Throttle.Rule(100_000, Duration.ofHours(1), Duration.ofMinutes(15));
		inParallel(16, 10, () -> {
			throttle.fail("test-fail", who, rule);
			return true;
		});
		assertThat(attempts("test-fail")).isEqualTo(160);
	}

	private int attempts(String scope) {
		return jdbc.sql("select attempts from attempt_counter where scope = ?").param(scope).query(Integer.class).single();
	}

	private static List<Boolean> inParallel(int threads, int each, Callable<Boolean> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Boolean>> futures = new ArrayList<>();
			for (int i = 0; i < threads * each; i++) {
				futures.add(pool.submit(attempt));
			}
			List<Boolean> verdicts = new ArrayList<>();
			for (Future<Boolean> f : futures) {
				verdicts.add(f.get());
			}
			return verdicts;
		}
		finally {
			pool.shutdown();
		}
	}
}
