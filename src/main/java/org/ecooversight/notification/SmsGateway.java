package org.ecooversight.notification;

import java.util.UUID;

/**
 * Sends a text message. Gateways differ from one jurisdiction (and carrier contract) to the next;
 * the platform ships {@link HttpSmsGateway}, and a deployment that needs another declares its own
 * bean as {@code @Primary}.
 */
public interface SmsGateway {

	/**
	 * Hands one text to the gateway and returns only once the gateway has accepted it.
	 *
	 * @param mobile the addressee's mobile number
	 * @param text the whole text as it is to arrive
	 * @param reference the outbox message's id, the same on every attempt, for a gateway that can tell repeats
	 * @throws RuntimeException when the text was not accepted; the outbox tries again later
	 */
	void send(String mobile, String text, UUID reference);
}
