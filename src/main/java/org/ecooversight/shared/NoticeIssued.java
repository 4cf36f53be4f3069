package org.ecooversight.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A module tells people something: a reminder letter, a supervision order, an interview, a
 * decision on an extension. Published inside the transaction that recorded the underlying event,
 * so it is persisted in the event publication registry with it and delivered (inbox, e-mail, SMS)
 * by the notification module even if the platform stops in between.
 *
 * @param noticeId derived from the recorded event it announces, so a notice delivered twice is
 *     stored once
 * @param category what kind of notice (REMINDER, SUPERVISION_ORDER, INTERVIEW, EXTENSION, ...)
 * @param subject what the notice is about, e.g. a problem's code, shown as the reference
 * @param link where in the application the addressee acts on it, e.g. {@code /problems/<id>}
 * @param senderUnitId the unit that sends it (null: the platform)
 * @param addresseeUnitIds units whose inbox receives it (every user of the unit sees it)
 * @param addresseeUsernames individual users who receive it in their own inbox
 * @param title one line, Chinese, as shown in the inbox and as the e-mail subject
 * @param body the text, Chinese; never contains a reporter's identity
 */
public record NoticeIssued(UUID noticeId, String category, String subject, String link, UUID senderUnitId,
		List<UUID> addresseeUnitIds, List<String> addresseeUsernames, String title, String body, Instant issuedAt) {

	public NoticeIssued {
		Objects.requireNonNull(noticeId, "noticeId");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(issuedAt, "issuedAt");
		addresseeUnitIds = addresseeUnitIds == null ? List.of() : List.copyOf(addresseeUnitIds);
		addresseeUsernames = addresseeUsernames == null ? List.of() : List.copyOf(addresseeUsernames);
		body = body == null ? "" : body;
	}

	/** A notice id derived from the id of the recorded event it announces and the addressee group. */
	public static UUID idFor(UUID eventId, String purpose) {
		return UUID.nameUUIDFromBytes((eventId + "/" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
