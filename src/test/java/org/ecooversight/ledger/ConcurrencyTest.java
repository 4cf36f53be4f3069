package org.ecooversight.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Two people acting on one problem at once can never overwrite each other. */
@DisplayName("并发 / concurrent changes")
class ConcurrencyTest extends PlatformTest {

	@Test
	@DisplayName("两人同时对同一问题验收销号，恰好一人成功，另一人得到 409")
	void twoConcurrentClosesGiveExactlyOneSuccess() throws Exception {
		for (int round = 0; round < 5; round++) {
			String problem = passedEvaluation();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Integer>> outcomes = new ArrayList<>();
			for (String user : List.of("taskforce", "tfleader")) {
				Callable<Integer> close = () -> {
					start.await();
					return act(user, problem, "close", Map.of("acceptanceNote", "现场核查合格", "inspectors", List.of(user))).status();
				};
				outcomes.add(pool.submit(close));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			pool.shutdown();
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			Response events = get("taskforce", "/api/v1/problems/" + problem + "/events");
			long closes = 0;
			for (var e : events.body()) {
				if (e.path("type").asString().equals("ProblemClosed")) {
					closes++;
				}
			}
			assertThat(closes).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("If-Match 携带旧版本的操作被拒绝（412），不会覆盖他人的修改")
	void aStaleIfMatchIsRefused() throws Exception {
		String problem = acceptedProblem(CHIHE, unique("池河镇某厂异味扰民"), "AIR");
		Response seen = get("taskforce", "/api/v1/problems/" + problem);
		assertThat(seen.etag()).isEqualTo("\"1\"");
		assign(problem);
		Response stale = call("taskforce", MockMvcRequestBuilders.post("/api/v1/problems/" + problem + "/evaluation")
			.header("If-Match", seen.etag()), Map.of("measuresScore", 1, "progressScore", 1, "effectScore", 1,
					"verdict", "PASS", "opinion", "x"));
		assertThat(stale.status()).isEqualTo(412);
		Response current = get("taskforce", "/api/v1/problems/" + problem);
		Response fresh = call("eeb", MockMvcRequestBuilders.post("/api/v1/problems/" + problem + "/progress")
			.header("If-Match", current.etag()), Map.of("content", "已约谈企业负责人"));
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(fresh.etag()).isEqualTo("\"3\"");
	}
}
