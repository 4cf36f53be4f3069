package org.ecooversight.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class ContactCipherTest {

	private static final String KEY = "3f1c9a0b7d2e4f5061728394a5b6c7d8";
	private static final String CONTACT = "张三，13800138000，陕西省安康市石泉县池河镇";

	private final ContactCipher cipher = new ContactCipher(KEY);

	@Test
	void contact_details_in_chinese_survive_the_round_trip() {
		String token = cipher.encrypt(CONTACT);

		assertThat(token).doesNotContain("13800138000");
		assertThat(cipher.decrypt(token)).isEqualTo(CONTACT);
	}

	@Test
	void the_token_is_version_nonce_ciphertext_and_tag() {
		byte[] token = Base64.getDecoder().decode(cipher.encrypt("abc"));

		assertThat(token[0]).isEqualTo((byte) 1);
		assertThat(token).hasSize(1 + 12 + 3 + 16);
	}

	@Test
	void the_same_details_encrypt_differently_each_time() {
		assertThat(cipher.encrypt(CONTACT)).isNotEqualTo(cipher.encrypt(CONTACT));
	}

	@Test
	void a_changed_byte_is_detected() {
		byte[] token = Base64.getDecoder().decode(cipher.encrypt(CONTACT));
		token[20] ^= 0x01;
		String tampered = Base64.getEncoder().encodeToString(token);

		assertThatThrownBy(() -> cipher.decrypt(tampered))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("contact details cannot be decrypted (wrong key or changed data)");
	}

	@Test
	void another_key_cannot_decrypt() {
		String token = cipher.encrypt(CONTACT);
		ContactCipher otherKey = new ContactCipher("3f1c9a0b7d2e4f5061728394a5b6c7d9");

		assertThatThrownBy(() -> otherKey.decrypt(token))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("contact details cannot be decrypted (wrong key or changed data)");
	}

	@Test
	void text_that_is_not_a_token_cannot_be_decrypted() {
		assertThatThrownBy(() -> cipher.decrypt("not base64 at all!"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be decrypted");
		assertThatThrownBy(() -> cipher.decrypt("AQID"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be decrypted");
	}

	@Test
	void a_key_that_is_not_32_hex_characters_is_refused() {
		assertThatThrownBy(() -> new ContactCipher("0011223344"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32 hexadecimal characters")
			.hasMessageContaining("has 10");
		assertThatThrownBy(() -> new ContactCipher("zz112233445566778899aabbccddeeff"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("other than 0-9 and a-f");
		assertThatThrownBy(() -> new ContactCipher(null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("missing");
	}

	@Test
	void the_sample_key_is_recognised_in_any_case() {
		assertThat(new ContactCipher("00112233445566778899aabbccddeeff").isDemoKey()).isTrue();
		assertThat(new ContactCipher("00112233445566778899AABBCCDDEEFF").isDemoKey()).isTrue();
		assertThat(cipher.isDemoKey()).isFalse();
	}
}
