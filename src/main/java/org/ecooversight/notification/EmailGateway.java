package org.ecooversight.notification;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP with Spring's {@link JavaMailSender}, which exists when {@code spring.mail.host}
 * is set. E-mail is on when {@code eco.notification.email.enabled} says so, or, unset, when a mail
 * server is configured; switched on without a server, the platform does not start.
 */
@Component
class EmailGateway {

	private final JavaMailSender mail;
	private final NotificationSettings.Email settings;
	private final Clock clock;
	private final boolean enabled;

	EmailGateway(ObjectProvider<JavaMailSender> senders, NotificationSettings settings, Clock clock) {
		this.mail = senders.getIfAvailable();
		this.settings = settings.email();
		this.clock = clock;
		if (Boolean.TRUE.equals(this.settings.enabled()) && mail == null) {
			throw new IllegalStateException(
					"eco.notification.email.enabled is true but no mail server is configured: set spring.mail.host");
		}
		this.enabled = this.settings.enabled() == null ? mail != null : this.settings.enabled();
	}

	boolean enabled() {
		return enabled;
	}

	/** Sends a plain-text e-mail, subject and text in UTF-8; returns once the server has accepted it. */
	void send(String to, String subject, String text) {
		if (!enabled) {
			throw new IllegalStateException("e-mail is switched off (eco.notification.email.enabled)");
		}
		MimeMessage message = mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(settings.from(), settings.fromName());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text, false);
			helper.setSentDate(Date.from(clock.instant()));
		}
		catch (MessagingException | UnsupportedEncodingException e) {
			throw new MailPreparationException("cannot address the e-mail to " + to, e);
		}
		mail.send(message);
	}
}
