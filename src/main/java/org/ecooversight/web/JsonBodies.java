package org.ecooversight.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read: the application's JSON settings, and two refusals at the edge, each
 * naming the field: no {@code null} inside a list or map ({@code "interviewees":[null]} is refused
 * as {@code interviewees[0]}, instead of reaching the domain as a missing element), and no NUL
 * character in a text (PostgreSQL cannot store one, and no real text has one). Only the HTTP bodies
 * are read this way; the record's own serialisation is untouched.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodies {

	static final String NUL_REASON = "must not contain the NUL character (U+0000)";

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServerHttpMessageConvertersCustomizer strictJsonBodies(JsonMapper json) {
		JsonMapper strict = json.rebuild()
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.addModule(new SimpleModule("texts-without-nul").addDeserializer(String.class, new TextWithoutNul()))
			.build();
		return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
	}

	/** A JSON string as Jackson reads it, refused when it holds a NUL character. */
	static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
			String text = super.deserialize(p, context);
			if (text != null && text.indexOf('\u0000') >= 0) {
				throw InvalidFormatException.from(p, NUL_REASON, text, String.class);
			}
			return text;
		}
	}
}
