package org.ecooversight.notification.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.notification.Inbox;
import org.ecooversight.notification.Outbox;
import org.ecooversight.notification.OutboxStatus;
import org.ecooversight.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox (notices to them and to their unit), and the outbox for the system administrator. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "站内通知、邮件与短信")
class NotificationController {

	private final Inbox inbox;
	private final Outbox outbox;

	NotificationController(Inbox inbox, Outbox outbox) {
		this.inbox = inbox;
		this.outbox = outbox;
	}

	@Operation(summary = "The caller's notices and those to their unit, newest first (unread=true: only the unread)")
	@GetMapping
	Inbox.Page list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Actor actor) {
		return inbox.list(actor, unread, page, size);
	}

	record UnreadCount(long unread) {
	}

	@Operation(summary = "How many of the caller's notices are unread")
	@GetMapping("/unread-count")
	UnreadCount unreadCount(Actor actor) {
		return new UnreadCount(inbox.unread(actor));
	}

	@Operation(summary = "One notice of the caller's inbox (403 for a notice to another unit or user)")
	@GetMapping("/{id}")
	Inbox.Entry one(@PathVariable UUID id, Actor actor) {
		return inbox.get(id, actor);
	}

	@Operation(summary = "Mark a notice read; a notice to a unit is read for the whole unit and records who read it")
	@PostMapping("/{id}/read")
	Inbox.Entry read(@PathVariable UUID id, Actor actor) {
		return inbox.markRead(id, actor);
	}

	@Operation(summary = "The e-mails and text messages of the outbox, by status (system administrator)")
	@GetMapping("/outbox")
	Outbox.Page outbox(@RequestParam(required = false) OutboxStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Actor actor) {
		return outbox.list(status, actor, page, size);
	}
}
