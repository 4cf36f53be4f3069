package org.ecooversight.responsibility;

import java.util.Locale;

/** A domain of environmental work (pollution type or industry) by which problems are routed. */
public record Domain(String code, String nameZh, String nameEn) {

	/** The domain's name for a reader of the language ("Air pollution" / 大气污染); Chinese where it has no English name. */
	public String name(Locale locale) {
		if (!"en".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank()) {
			return nameZh;
		}
		return nameEn.substring(0, 1).toUpperCase(Locale.ROOT) + nameEn.substring(1);
	}
}
