package org.ecooversight.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-year series in {@code number_sequence}. A number is taken in a short transaction of its
 * own, like a database sequence, so that concurrent intake does not queue behind one locked row; a
 * number whose action then fails stays unused (a gap, never a duplicate).
 */
@Component
class NumberSeries {

	private final JdbcClient jdbc;
	private final TransactionTemplate newTransaction;

	NumberSeries(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Reserves {@code count} numbers of a series at once; returns the last of them. */
	long reserve(String series, int year, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("reserve at least one number, not " + count);
		}
		Long number = newTransaction.execute(tx -> {
			if (increment(series, year, count) == 0) {
				try {
					jdbc.sql("insert into number_sequence (name, seq_year, last_value) values (?, ?, ?)")
						.params(series, year, count)
						.update();
					return (long) count;
				}
				catch (DuplicateKeyException raced) {
					tx.setRollbackOnly();
					return null;
				}
			}
			return jdbc.sql("select last_value from number_sequence where name = ? and seq_year = ?")
				.params(series, year)
				.query(Long.class)
				.single();
		});
		return number != null ? number : reserve(series, year, count);
	}

	private int increment(String series, int year, int count) {
		return jdbc.sql("update number_sequence set last_value = last_value + ? where name = ? and seq_year = ?")
			.params(count, series, year)
			.update();
	}
}
