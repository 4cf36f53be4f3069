package org.ecooversight.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notices leave the platform ({@code eco.notification.*}); defaults and their reasons are in
 * application.yml. A setting that cannot work stops the start naming its key.
 *
 * @param baseUrl where the platform is reached, put before a notice's link in e-mails and texts
 */
@ConfigurationProperties("eco.notification")
record NotificationSettings(String baseUrl, Email email, Sms sms, Outbox outbox) {

	NotificationSettings {
		baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
		email = email == null ? new Email(null, null, null) : email;
		sms = sms == null ? new Sms(false, null, null, null, null) : sms;
		outbox = outbox == null ? new Outbox(null, 0, 0, null, null, null) : outbox;
	}

	/**
	 * E-mail over SMTP ({@code spring.mail.*} names the server).
	 *
	 * @param enabled true or false; unset: on exactly when {@code spring.mail.host} is set
	 * @param from the sender's address
	 * @param fromName the sender's name as shown to the addressee
	 */
	record Email(Boolean enabled, String from, String fromName) {

		Email {
			from = from == null || from.isBlank() ? "noreply@eco-oversight.example.gov.cn" : from.strip();
			fromName = fromName == null || fromName.isBlank() ? "生态环境监督问责平台" : fromName.strip();
		}
	}

	/**
	 * Text messages through an HTTP gateway: a JSON POST with a bearer token.
	 *
	 * @param template the text, with {title}, {subject} and {link} put in
	 * @param timeout for connecting and for the answer
	 */
	record Sms(boolean enabled, String url, String token, String template, Duration timeout) {

		Sms {
			url = url == null || url.isBlank() ? null : url.strip();
			if (enabled && url == null) {
				throw new IllegalArgumentException("eco.notification.sms.url is required when eco.notification.sms.enabled is true");
			}
			if (url != null) {
				try {
					URI.create(url).toURL();
				}
				catch (IllegalArgumentException | java.net.MalformedURLException e) {
					throw new IllegalArgumentException("eco.notification.sms.url is not a URL: " + url);
				}
			}
			token = token == null || token.isBlank() ? null : token.strip();
			template = template == null || template.isBlank() ? "【生态环境监督】{title}，请登录平台查看。" : template;
			timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		}
	}

	/**
	 * The outbox dispatcher.
	 *
	 * @param every how often the dispatcher runs
	 * @param batch how many messages it reads at a time
	 * @param maxAttempts after this many failed attempts a message is FAILED
	 * @param backoffBase the wait after the first failure, doubled after each further one
	 * @param backoffCap the longest wait between two attempts
	 * @param lease how long a claimed message is held by the instance sending it (longer than a send can take)
	 */
	record Outbox(Duration every, int batch, int maxAttempts, Duration backoffBase, Duration backoffCap, Duration lease) {

		Outbox {
			every = positive("every", every, Duration.ofSeconds(30));
			batch = batch == 0 ? 100 : batch;
			maxAttempts = maxAttempts == 0 ? 8 : maxAttempts;
			backoffBase = positive("backoff-base", backoffBase, Duration.ofMinutes(1));
			backoffCap = positive("backoff-cap", backoffCap, Duration.ofHours(6));
			lease = positive("lease", lease, Duration.ofMinutes(5));
			if (batch < 1 || batch > 1000) {
				throw new IllegalArgumentException("eco.notification.outbox.batch: from 1 to 1000 (got " + batch + ")");
			}
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("eco.notification.outbox.max-attempts: at least 1 (got " + maxAttempts + ")");
			}
		}

		/** The wait after the given number of failed attempts: base · 2^(attempts − 1), at most the cap. */
		Duration backoffAfter(int attempts) {
			Duration wait = backoffBase;
			for (int i = 1; i < attempts && wait.compareTo(backoffCap) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(backoffCap) > 0 ? backoffCap : wait;
		}

		private static Duration positive(String key, Duration value, Duration fallback) {
			if (value == null) {
				return fallback;
			}
			if (value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException("eco.notification.outbox." + key + ": a positive duration (got " + value + ")");
			}
			return value;
		}
	}
}
