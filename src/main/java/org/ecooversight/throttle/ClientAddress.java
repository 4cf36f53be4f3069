package org.ecooversight.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client address an attempt is counted under: the request's remote address as the servlet
 * container gives it. The platform never reads X-Forwarded-For itself. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} and {@code server.tomcat.remoteip.trusted-proxies}
 * (or {@code internal-proxies}) to the proxy's address: Tomcat's RemoteIpValve then takes the client
 * from X-Forwarded-For only on requests that come from a trusted proxy (ADR 0010). Without that, a
 * header anyone can write changes nothing.
 * <p>
 * An IPv6 address counts by its /64 network, since one subscriber holds a whole /64 and could
 * otherwise change address on every attempt.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/** The subject to count for a remote address ("unknown" if there is none). */
	public static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		String address = remoteAddress.strip();
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// a literal: parsed, never looked up
			String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
					: address;
			int zone = literal.indexOf('%');
			byte[] bytes = InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone)).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException | IllegalArgumentException e) {
			return address;
		}
	}
}
