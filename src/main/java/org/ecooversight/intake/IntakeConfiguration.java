package org.ecooversight.intake;

import org.ecooversight.intake.internal.ContactCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

	@Bean
	ContactCipher contactCipher(@Value("${eco.crypto.sm4-key}") String key) {
		ContactCipher cipher = new ContactCipher(key);
		if (cipher.isDemoKey()) {
			log.warn("Reporters' contact details are sealed with the DEMO SM4 key; set ECO_CRYPTO_SM4_KEY in production");
		}
		return cipher;
	}
}
