package org.ecooversight.accountability.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The workspace's words in the user's language ({@code messages/accountability*.properties}): the
 * notices after a change, the use cases' reasons (English, for the API) as the discipline officer
 * reads them next to a field, refusals because of a case's state, and times in China's zone.
 * Enumerations are put in words by the templates ({@code @labels.of}).
 */
@Component
class PageText {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** The queue's statuses, in the order the filter offers them; words: {@code accountability.trigger.status.<STATUS>}. */
	static final List<String> TRIGGER_STATUSES = List.of("QUEUED", "OPEN_CASE", "JOIN_CASE", "NOT_PURSUED");

	private final MessageSource messages;

	PageText(MessageSource messages) {
		this.messages = messages;
	}

	static String time(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(ChinaTime.ZONE));
	}

	/** A message of the user's language. */
	String msg(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, LocaleContextHolder.getLocale());
	}

	/** Each field's reason, keyed by {@code form + ":" + field}, in the workspace's words. */
	Map<String, String> errors(String form, InvalidInputException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInputException.FieldError error : e.errors()) {
			errors.merge(form + ":" + error.field(), reason(form, error), (a, b) -> a + msg("accountability.error.separator") + b);
		}
		return errors;
	}

	/** One field's reason, a message of the bundles. */
	Map<String, String> error(String form, String field, String key, Object... args) {
		return Map.of(form + ":" + field, msg(key, args));
	}

	private String reason(String form, InvalidInputException.FieldError error) {
		String field = error.field();
		String reason = error.reason() == null ? "" : error.reason();
		return switch (field) {
			case "reason" -> msg(form.startsWith("clearance") || form.equals("assess") && reason.contains("not to pursue")
					? "accountability.error.reason.notPursued" : form.equals("add-party") ? "accountability.error.reason.party" : "accountability.error.reason");
			case "decision" -> msg("accountability.error.decision");
			case "caseId" -> msg(reason.contains("does not exist") ? "accountability.error.caseId.unknown" : "accountability.error.caseId");
			case "checklist" -> msg("accountability.error.checklist");
			case "tolerance" -> msg(reason.contains("no distinction") ? "accountability.error.tolerance.noDistinction"
					: "accountability.error.tolerance");
			case "outcome" -> msg(form.startsWith("referral-outcome") ? "accountability.error.referralOutcome" : "accountability.error.outcome");
			case "recipient" -> msg("accountability.error.recipient");
			case "recipientName" -> msg("accountability.error.recipientName");
			case "summary" -> msg(form.equals("closure") ? "accountability.error.summary.closure" : "accountability.error.summary.referral");
			case "includeReporterIdentity" -> msg("accountability.error.includeReporterIdentity");
			case "legalBasis" -> msg("accountability.error.legalBasis");
			case "receivedOn" -> msg(reason.contains("before") ? "accountability.error.receivedOn.before" : "accountability.error.receivedOn");
			case "receivedBy" -> msg("accountability.error.receivedBy");
			case "responsibility" -> msg("accountability.error.responsibility");
			case "unitId" -> msg(reason.contains("does not exist") ? "accountability.error.unitId.unknown" : "accountability.error.unitId");
			case "personId" -> msg("accountability.error.personId");
			default -> reason;
		};
	}

	/** A refusal because of the current state, in the workspace's words where it is a known one. */
	String conflict(ConflictException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.contains("still under review")) {
			return msg("accountability.conflict.underReview");
		}
		if (message.contains("already assessed")) {
			return msg("accountability.conflict.assessed");
		}
		if (message.contains("is closed")) {
			return msg("accountability.conflict.closed");
		}
		if (message.contains("names a unit and no person")) {
			return msg("accountability.conflict.unitOnly");
		}
		if (message.contains("received on")) {
			return msg("accountability.conflict.received");
		}
		if (message.contains("already has its outcome")) {
			return msg("accountability.conflict.referralOutcome");
		}
		if (message.contains("is already part of case")) {
			return msg("accountability.conflict.joined");
		}
		if (message.contains("already names this party")) {
			return msg("accountability.conflict.partyNamed");
		}
		if (message.contains("already")) {
			return msg("accountability.conflict.decided");
		}
		return msg("accountability.conflict.other", message);
	}
}
