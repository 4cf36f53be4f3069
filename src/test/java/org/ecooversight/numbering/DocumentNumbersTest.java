package org.ecooversight.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.ecooversight.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers as official documents carry them (石环督整〔2026〕1号), one series per kind and
 * year, never given twice. Each test works on a series or a year of its own.
 */
@DisplayName("文号与编号 / document numbers and problem codes")
class DocumentNumbersTest extends PlatformTest {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	NumberSeries series;

	@Autowired
	PlatformTransactionManager transactions;

	private static String fresh() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	@DisplayName("文号写作：前缀〔年份〕序号号")
	void aDocumentNumberIsThePrefixTheYearInBracketsAndTheNumber() {
		assertThat(DocumentNumbers.format("石环督整", 2026, 1)).isEqualTo("石环督整〔2026〕1号");
		assertThat(DocumentNumbers.format("石纪问责", 2027, 112)).isEqualTo("石纪问责〔2027〕112号");
	}

	@Test
	@DisplayName("整改通知书、督办令、问责案件各用辖区的前缀，各自逐年编号")
	void eachKindOfDocumentHasTheJurisdictionsPrefixAndASeriesOfItsOwn() {
		int year = 2091;
		assertThat(numbers.next(Document.RECTIFICATION_NOTICE, year)).isEqualTo("石环督整〔2091〕1号");
		assertThat(numbers.next(Document.RECTIFICATION_NOTICE, year)).isEqualTo("石环督整〔2091〕2号");
		assertThat(numbers.next(Document.SUPERVISION_ORDER, year)).isEqualTo("石环督办〔2091〕1号");
		assertThat(numbers.next(Document.ACCOUNTABILITY_CASE, year)).isEqualTo("石纪问责〔2091〕1号");
		assertThat(numbers.next(Document.RECTIFICATION_NOTICE, year + 1)).isEqualTo("石环督整〔2092〕1号");
	}

	@Test
	@DisplayName("每年从 1 号起编")
	void aSeriesStartsAtOneEachYear() {
		String name = fresh();
		assertThat(series.reserve(name, 2026, 1)).isEqualTo(1);
		assertThat(series.reserve(name, 2026, 1)).isEqualTo(2);
		assertThat(series.reserve(name, 2027, 1)).isEqualTo(1);
		assertThat(series.reserve(name, 2026, 1)).isEqualTo(3);
	}

	@Test
	@DisplayName("成批预留：返回最后一个号，下一个号接着编")
	void aBlockReservesItsNumbersAndTheSeriesGoesOnAfterIt() {
		String name = fresh();
		assertThat(series.reserve(name, 2026, 20)).isEqualTo(20);
		assertThat(series.reserve(name, 2026, 1)).isEqualTo(21);
	}

	@Test
	@DisplayName("所在事务失败，号码作废不重用（空号，绝不重号）")
	void aNumberWhoseActionFailsStaysUnused() {
		String name = fresh();
		TransactionTemplate failing = new TransactionTemplate(transactions);
		Long taken = failing.execute(tx -> {
			long n = series.reserve(name, 2026, 1);
			tx.setRollbackOnly();
			return n;
		});
		assertThat(taken).isEqualTo(1);
		assertThat(series.reserve(name, 2026, 1)).isEqualTo(2);
	}

	@Test
	@DisplayName("并发取号不重号、不跳号")
	void concurrentTakersNeverGetTheSameNumber() throws Exception {
		String name = fresh();
		Set<Long> taken = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> takers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				takers.add(() -> {
					for (int k = 0; k < 25; k++) {
						assertThat(taken.add(series.reserve(name, 2026, 1))).as("a number given twice").isTrue();
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(takers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(taken).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
	}

	@Test
	@DisplayName("问题编号：前缀-年份-六位序号，成批预留后逐个发出")
	void problemCodesArePrefixYearAndSixDigitsInOrder() {
		int year = 2093;
		assertThat(numbers.nextProblemCode(year)).isEqualTo("SQ-2093-000001");
		assertThat(numbers.nextProblemCode(year)).isEqualTo("SQ-2093-000002");
		assertThat(series.reserve(DocumentNumbers.PROBLEM_CODES, year, 1)).as("the block of 20 is reserved in the series")
			.isEqualTo(21);
	}
}
