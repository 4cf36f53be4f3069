package org.ecooversight.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's rules that a jurisdiction may set, with the documents' values (or, where they are
 * silent, a reasonable practice) as defaults.
 *
 * @param defaultRectificationDays the rectification period when an assignment names no deadline
 *            (the documents set none; 30 calendar days is common practice for 12369 complaints)
 * @param lookBackIntervalDays days after closure when the look-back (回头看) falls due; the county
 *            document asks for regular look-backs (S, 二(四)4 "定期对整改落实情况开展回头看")
 * @param codePrefix the prefix of problem codes, e.g. SQ-2026-000001
 * @param noticePrefix the issuing prefix of rectification notices, e.g. 石环督整〔2026〕1号
 */
@ConfigurationProperties("eco.ledger")
public record LedgerSettings(int defaultRectificationDays, int lookBackIntervalDays, String codePrefix,
		String noticePrefix) {

	public LedgerSettings {
		if (defaultRectificationDays <= 0) {
			defaultRectificationDays = 30;
		}
		if (lookBackIntervalDays <= 0) {
			lookBackIntervalDays = 90;
		}
		if (codePrefix == null || codePrefix.isBlank()) {
			codePrefix = "SQ";
		}
		if (noticePrefix == null || noticePrefix.isBlank()) {
			noticePrefix = "石环督整";
		}
	}
}
