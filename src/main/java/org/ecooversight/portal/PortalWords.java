package org.ecooversight.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ecooversight.region.Region;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words that the portal's Java hands to a page, in the reader's language (messages/public*.properties):
 * messages by key, an enumeration's words ({@code enum.<Type>.<VALUE>}, else its Chinese label, through
 * shared.Labels), the domains' names, towns by name.
 */
@Component
class PortalWords {

	private final MessageSource messages;
	private final Labels labels;
	private final Domains domains;
	private final Regions regions;

	PortalWords(MessageSource messages, Labels labels, Domains domains, Regions regions) {
		this.messages = messages;
		this.labels = labels;
		this.domains = domains;
		this.regions = regions;
	}

	String get(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** An enumeration value's words; {@code chinese} is used for a value that has no label() of its own. */
	String of(Enum<?> value, String chinese) {
		String words = labels.of(value);
		return words.equals(value.name()) && chinese != null ? chinese : words;
	}

	/** Every domain's name by code, in the reader's language, in the domains' order. */
	Map<String, String> domainNames() {
		Map<String, String> names = new LinkedHashMap<>();
		domains.all().forEach(d -> names.put(d.code(), d.name(LocaleContextHolder.getLocale())));
		return names;
	}

	/** A town's name (a proper name, as the division data has it); the code where it is not known. */
	String town(String code) {
		return code == null ? null : regions.find(code).map(Region::name).orElse(code);
	}
}
