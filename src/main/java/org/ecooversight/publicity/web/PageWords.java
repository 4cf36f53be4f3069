package org.ecooversight.publicity.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ecooversight.publicity.PublishingCases;
import org.ecooversight.publicity.TypicalCase;
import org.ecooversight.region.Region;
import org.ecooversight.region.Regions;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The typical-case pages' words that come from Java: the use case's reasons (English, for the API)
 * as the publisher reads them next to a field, in the user's language (messages/public*.properties),
 * times in China's zone, towns by name.
 */
@Component
class PageWords {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;
	private final Regions regions;

	PageWords(MessageSource messages, Regions regions) {
		this.messages = messages;
		this.regions = regions;
	}

	String get(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	String time(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(ChinaTime.ZONE));
	}

	String town(String code) {
		return code == null ? null : regions.find(code).map(Region::name).orElse(code);
	}

	/** Each field's reason, in the user's language. */
	Map<String, String> errors(InvalidInputException e, String problemCode) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInputException.FieldError error : e.errors()) {
			errors.merge(error.field(), reason(error, problemCode), (a, b) -> a + get("publicity.error.separator") + b);
		}
		return errors;
	}

	private String reason(InvalidInputException.FieldError error, String problemCode) {
		String reason = error.reason() == null ? "" : error.reason();
		boolean required = reason.startsWith("is required");
		boolean tooLong = reason.startsWith("at most");
		boolean reporter = reason.startsWith("names a reporter");
		switch (error.field()) {
			case "title":
				return reporter ? get("publicity.error.reporter") : required ? get("publicity.error.title.required")
						: tooLong ? get("publicity.error.title.tooLong", PublishingCases.TITLE_MAX) : reason;
			case "category":
				return get("publicity.error.category");
			case "writeUp":
				return reporter ? get("publicity.error.reporter") : required ? get("publicity.error.writeUp.required")
						: tooLong ? get("publicity.error.writeUp.tooLong", PublishingCases.WRITE_UP_MAX) : reason;
			case "townCode":
				return reason.startsWith("the related problem") ? get("publicity.error.town.mismatch")
						: get("publicity.error.town");
			case "problemCode":
				return get("publicity.error.problem", problemCode);
			case "publishedOn":
				return get("publicity.error.publishedOn");
			case "reason":
				return tooLong ? get("publicity.error.reason.tooLong", TypicalCase.REASON_MAX)
						: get("publicity.error.reason.required");
			default:
				return reason;
		}
	}
}
