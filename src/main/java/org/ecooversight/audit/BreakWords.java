package org.ecooversight.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A stream's break in the reader's language (messages {@code record.break.*} and
 * {@code record.tampered.*}), for the warning a page shows above what it serves from that stream.
 */
@Component
public class BreakWords {

	private final MessageSource messages;

	BreakWords(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * "第 5 条记录「评判」：该条内容在登记后被改动。"
	 *
	 * @param eventWords the event's words in the reader's language, null if it has none
	 */
	public String describe(Verification.Break broken, String eventWords) {
		String reason = msg("record.break." + broken.kind().name());
		if (broken.seq() != null && broken.kind() != Verification.Kind.CHECKPOINT_CHANGED) {
			return msg("record.tampered.entry", broken.seq(), eventWords == null ? "…" : eventWords, reason);
		}
		return msg("record.tampered.stream", reason);
	}

	/** An event's words: the reader's language where the bundle has them ({@code event.<type>}), else {@code fallback}. */
	public String eventWords(String eventType, String fallback) {
		if (eventType == null) {
			return null;
		}
		return messages.getMessage("event." + eventType, null, fallback, LocaleContextHolder.getLocale());
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
