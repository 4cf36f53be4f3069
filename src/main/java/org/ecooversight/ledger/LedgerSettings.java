package org.ecooversight.ledger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's platform settings ({@code eco.ledger.*}). The rules of the documents (periods, the
 * reminder ladder, look-back) are the jurisdiction's policy ({@code policy} module); the prefixes of
 * problem codes and document numbers are the jurisdiction's ({@code shared.Jurisdiction}).
 *
 * @param ecoEnvironmentUnit the code of the eco-environment department's unit, which makes
 *     region-wide and industry-wide problems known (Q, 提醒机制)
 * @param chaseSweep how often the deadline sweep looks for what fell due (1 minute unless set)
 * @param chaseThreads how many problems the deadline sweep works on at once (2 unless set)
 * @param lookBackSweep how often closed problems whose look-back fell due are marked (10 minutes unless set)
 */
@ConfigurationProperties("eco.ledger")
public record LedgerSettings(String ecoEnvironmentUnit, Duration chaseSweep, Integer chaseThreads,
		Duration lookBackSweep) {

	public LedgerSettings {
		chaseSweep = positive("chase-sweep", chaseSweep, Duration.ofMinutes(1));
		if (chaseThreads == null || chaseThreads < 1) {
			chaseThreads = 2;
		}
		lookBackSweep = positive("look-back-sweep", lookBackSweep, Duration.ofMinutes(10));
	}

	private static Duration positive(String name, Duration value, Duration otherwise) {
		if (value != null && (value.isNegative() || value.isZero())) {
			throw new IllegalArgumentException("eco.ledger." + name + ": a duration longer than zero, not " + value);
		}
		return value == null ? otherwise : value;
	}
}
