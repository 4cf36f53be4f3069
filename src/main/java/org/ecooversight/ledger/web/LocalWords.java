package org.ecooversight.ledger.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ecooversight.responsibility.Domain;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words that the ledger's and the statistics pages' Java hands to a page or a chart, in the
 * user's language: messages by key, an enumeration's words ({@code enum.<Type>.<VALUE>}, else its
 * Chinese label, through shared.Labels), a domain's name in Chinese or English.
 */
@Component
class LocalWords {

	private final MessageSource messages;
	private final Domains domains;
	private final Labels labels;

	LocalWords(MessageSource messages, Domains domains, Labels labels) {
		this.messages = messages;
		this.domains = domains;
		this.labels = labels;
	}

	String get(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** An enumeration value's words; {@code chinese} is used for a value that has no label() of its own. */
	String of(Enum<?> value, String chinese) {
		String words = labels.of(value);
		return words.equals(value.name()) && chinese != null ? chinese : words;
	}

	/**
	 * A use case's reason for refusing a field (English, as the API gives it) in the reader's words:
	 * the message {@code <area>.error.<field>} with the reason as {0} (the English bundles pass it
	 * through, the Chinese ones say what the field needs), else the reason as it is.
	 */
	String reason(String area, String field, String reason) {
		return messages.getMessage(area + ".error." + form(field), new Object[] { reason }, reason,
				LocaleContextHolder.getLocale());
	}

	/**
	 * Refusals of a use case, by the form field they belong to ({@code milestones[1].due} is the
	 * {@code milestones} field), each in the reader's words; two reasons for one field are joined.
	 */
	Map<String, String> errors(String area, org.ecooversight.shared.InvalidInputException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(err -> errors.merge(form(err.field()), reason(area, err.field(), err.reason()),
				(a, b) -> a.equals(b) ? a : a + "；" + b));
		return errors;
	}

	/** The form field a use case's field belongs to: {@code milestones[1].due} → {@code milestones}. */
	private static String form(String field) {
		return field.replaceAll("\\[.*", "").replaceAll("\\..*", "");
	}

	boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** A domain's name in the user's language ("Air pollution" / 大气污染). */
	String domain(Domain d) {
		return d.name(LocaleContextHolder.getLocale());
	}

	/** Every domain's name by code, in the user's language, in the domains' order. */
	Map<String, String> domainNames() {
		Map<String, String> names = new LinkedHashMap<>();
		domains.all().forEach(d -> names.put(d.code(), domain(d)));
		return names;
	}
}
