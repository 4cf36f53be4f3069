package org.ecooversight.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Seals a reporter's contact details (name, phone, address) so that the database holds them only
 * encrypted: SM4 (GB/T 32907) in GCM mode, a fresh random 12-byte nonce per message and a 128-bit tag.
 * <p>
 * A token is base64 of {@code version (1 byte, = 1) || nonce (12 bytes) || ciphertext || tag (16 bytes)};
 * the version byte is also authenticated as associated data. Thread-safe: every call builds its own
 * cipher.
 */
public class ContactCipher {

	/** The key printed in the sample configuration; a deployment that still uses it is not protected. */
	static final String DEMO_KEY = "00112233445566778899aabbccddeeff";

	private static final byte VERSION = 1;
	private static final int KEY_BYTES = 16;
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final int TAG_BYTES = TAG_BITS / 8;

	static final String CANNOT_DECRYPT = "contact details cannot be decrypted (wrong key or changed data)";

	private final byte[] key;
	private final boolean demoKey;
	private final SecureRandom random = new SecureRandom();

	/**
	 * @param hexKey the 128-bit SM4 key as 32 hexadecimal characters
	 * @throws IllegalArgumentException when the key is missing or not 32 hexadecimal characters
	 */
	public ContactCipher(String hexKey) {
		if (hexKey == null || hexKey.isBlank()) {
			throw new IllegalArgumentException(
					"the contact encryption key is missing: configure 32 hexadecimal characters (a 128-bit SM4 key)");
		}
		String trimmed = hexKey.strip();
		if (trimmed.length() != KEY_BYTES * 2) {
			throw new IllegalArgumentException("the contact encryption key must be 32 hexadecimal characters"
					+ " (a 128-bit SM4 key), but the configured value has " + trimmed.length());
		}
		if (!trimmed.chars().allMatch(ContactCipher::isHexDigit)) {
			throw new IllegalArgumentException("the contact encryption key must be 32 hexadecimal characters"
					+ " (a 128-bit SM4 key), but the configured value contains characters other than 0-9 and a-f");
		}
		this.key = HexFormat.of().parseHex(trimmed);
		this.demoKey = MessageDigest.isEqual(key, HexFormat.of().parseHex(DEMO_KEY));
	}

	/** Encrypts the text; two calls with the same text give different tokens. */
	public String encrypt(String plaintext) {
		Objects.requireNonNull(plaintext, "plaintext");
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);

		GCMModeCipher cipher = cipher(true, nonce);
		byte[] token = new byte[1 + NONCE_BYTES + cipher.getOutputSize(input.length)];
		token[0] = VERSION;
		System.arraycopy(nonce, 0, token, 1, NONCE_BYTES);
		int offset = 1 + NONCE_BYTES;
		int written = cipher.processBytes(input, 0, input.length, token, offset);
		try {
			cipher.doFinal(token, offset + written);
		}
		catch (InvalidCipherTextException e) {
			throw new IllegalStateException("SM4-GCM encryption failed", e);
		}
		return Base64.getEncoder().encodeToString(token);
	}

	/**
	 * Decrypts a token made by {@link #encrypt} with the same key.
	 *
	 * @throws IllegalStateException when the token was made with another key, was changed, or is not a token
	 */
	public String decrypt(String token) {
		Objects.requireNonNull(token, "token");
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(token.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(CANNOT_DECRYPT, e);
		}
		if (bytes.length < 1 + NONCE_BYTES + TAG_BYTES) {
			throw new IllegalStateException(CANNOT_DECRYPT);
		}
		if (bytes[0] != VERSION) {
			throw new IllegalStateException(
					"contact details were sealed in an unknown format (version " + (bytes[0] & 0xff) + ")");
		}
		byte[] nonce = new byte[NONCE_BYTES];
		System.arraycopy(bytes, 1, nonce, 0, NONCE_BYTES);
		int offset = 1 + NONCE_BYTES;
		int length = bytes.length - offset;

		GCMModeCipher cipher = cipher(false, nonce);
		byte[] plain = new byte[cipher.getOutputSize(length)];
		int written = cipher.processBytes(bytes, offset, length, plain, 0);
		try {
			written += cipher.doFinal(plain, written);
		}
		catch (InvalidCipherTextException e) {
			throw new IllegalStateException(CANNOT_DECRYPT, e);
		}
		return new String(plain, 0, written, StandardCharsets.UTF_8);
	}

	/** Whether the key is the sample key from the documentation, which must never protect real data. */
	public boolean isDemoKey() {
		return demoKey;
	}

	@Override
	public String toString() {
		return "ContactCipher[SM4-GCM" + (demoKey ? ", demo key" : "") + "]";
	}

	private GCMModeCipher cipher(boolean encrypting, byte[] nonce) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypting, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
		cipher.processAADByte(VERSION);
		return cipher;
	}

	private static boolean isHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}
}
