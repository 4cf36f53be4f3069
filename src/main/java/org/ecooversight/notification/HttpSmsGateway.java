package org.ecooversight.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Text messages through an HTTP gateway: {@code POST eco.notification.sms.url} with
 * {@code Authorization: Bearer <token>} and the JSON {@code {"to", "text", "reference"}}. Any
 * answer but 2xx, or no answer within the timeout, is a failure.
 */
@Component
class HttpSmsGateway implements SmsGateway {

	private final NotificationSettings.Sms settings;
	private final RestClient http;

	HttpSmsGateway(NotificationSettings settings, ObjectProvider<RestClient.Builder> builders) {
		this.settings = settings.sms();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build());
		requests.setReadTimeout(this.settings.timeout());
		this.http = builders.getIfAvailable(RestClient::builder).requestFactory(requests).build();
	}

	@Override
	public void send(String mobile, String text, UUID reference) {
		if (!settings.enabled()) {
			throw new IllegalStateException("text messages are switched off (eco.notification.sms.enabled)");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("to", mobile);
		body.put("text", text);
		body.put("reference", reference.toString());
		http.post()
			.uri(URI.create(settings.url()))
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (settings.token() != null) {
					headers.setBearerAuth(settings.token());
				}
			})
			.body(body)
			.retrieve()
			.onStatus(status -> !status.is2xxSuccessful(), (request, response) -> {
				throw new GatewayRefused(response.getStatusCode(), opening(response.getBody()));
			})
			.toBodilessEntity();
	}

	private static String opening(InputStream body) {
		try (body) {
			String text = new String(body.readNBytes(200), StandardCharsets.UTF_8);
			return text.isBlank() ? "" : ": " + text.strip();
		}
		catch (IOException e) {
			return "";
		}
	}

	/** The gateway answered, but not with 2xx. */
	static class GatewayRefused extends RuntimeException {

		GatewayRefused(HttpStatusCode status, String detail) {
			super("SMS gateway answered " + status.value() + detail);
		}
	}
}
