package org.ecooversight.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's rules that a jurisdiction may set, with the documents' values (or, where they are
 * silent, a reasonable practice) as defaults.
 *
 * The periods (rectification, look-back) are the jurisdiction's policy ({@code policy} module).
 *
 * @param codePrefix the prefix of problem codes, e.g. SQ-2026-000001
 * @param noticePrefix the issuing prefix of rectification notices, e.g. 石环督整〔2026〕1号
 * @param supervisionPrefix the issuing prefix of supervision orders, e.g. 石环督办〔2026〕1号
 * @param ecoEnvironmentUnit the code of the eco-environment department's unit, which makes
 *     region-wide and industry-wide problems known (Q, 提醒机制)
 * @param chaseThreads how many problems the deadline sweep works on at once
 */
@ConfigurationProperties("eco.ledger")
public record LedgerSettings(String codePrefix, String noticePrefix, String supervisionPrefix,
		String ecoEnvironmentUnit, Integer chaseThreads) {

	public LedgerSettings {
		if (codePrefix == null || codePrefix.isBlank()) {
			codePrefix = "SQ";
		}
		if (noticePrefix == null || noticePrefix.isBlank()) {
			noticePrefix = "石环督整";
		}
		if (supervisionPrefix == null || supervisionPrefix.isBlank()) {
			supervisionPrefix = "石环督办";
		}
		if (chaseThreads == null || chaseThreads < 1) {
			chaseThreads = 2;
		}
	}
}
