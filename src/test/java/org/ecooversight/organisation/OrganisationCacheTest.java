package org.ecooversight.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the organisation keeps in memory is forgotten when it changes, and never kept from a change under way. */
@DisplayName("组织查询缓存 / the organisation's look-up cache")
class OrganisationCacheTest {

	final AtomicLong nanos = new AtomicLong();
	final OrganisationCache cache = new OrganisationCache(nanos::get);
	final AtomicInteger loads = new AtomicInteger();

	String ask() {
		return cache.get("task force", () -> "answer " + loads.incrementAndGet());
	}

	@AfterEach
	void noTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	@DisplayName("同一问题只查一次库")
	void anAnswerIsKept() {
		assertThat(ask()).isEqualTo("answer 1");
		assertThat(ask()).isEqualTo("answer 1");
		assertThat(loads).hasValue(1);
	}

	@Test
	@DisplayName("组织变更的事务中立即失效，其间查到的不保留；事务提交后重新查询")
	void aChangeForgetsAtOnceAndAgainWhenItsTransactionEnds() {
		ask();
		TransactionSynchronizationManager.initSynchronization();
		cache.changing();
		assertThat(ask()).as("the changing transaction sees its change").isEqualTo("answer 2");
		assertThat(ask()).as("nothing read while the change is under way is kept").isEqualTo("answer 3");
		end(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(ask()).isEqualTo("answer 4");
		assertThat(ask()).isEqualTo("answer 4");
	}

	@Test
	@DisplayName("变更回滚同样失效：回滚前读到的未提交数据不会留下")
	void aRolledBackChangeForgetsToo() {
		TransactionSynchronizationManager.initSynchronization();
		cache.changing();
		ask();
		end(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(ask()).isEqualTo("answer 2");
		assertThat(ask()).isEqualTo("answer 2");
	}

	@Test
	@DisplayName("其他实例的变更：最多一分钟后生效")
	void anAnswerIsKeptAtMostAMinute() {
		ask();
		nanos.addAndGet(59_000_000_000L);
		assertThat(ask()).isEqualTo("answer 1");
		nanos.addAndGet(1_000_000_000L);
		assertThat(ask()).isEqualTo("answer 2");
	}

	private static void end(int status) {
		var synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(status));
	}
}
