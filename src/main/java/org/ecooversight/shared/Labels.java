package org.ecooversight.shared;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for an enumeration's value on a page, {@code ${@labels.of(problem.status())}}: the
 * message {@code enum.<Type>.<VALUE>} of the user's language, else the value's own Chinese
 * {@code label()} (the enumerations keep their Chinese names, which the record and the documents
 * use), else its name.
 */
@Component("labels")
public class Labels {

	private static final ClassValue<Method> LABEL = new ClassValue<>() {
		@Override
		protected Method computeValue(Class<?> type) {
			try {
				Method method = type.getMethod("label");
				method.trySetAccessible();
				return method.getReturnType() == String.class ? method : null;
			}
			catch (NoSuchMethodException e) {
				return null;
			}
		}
	};

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	/** The value's words in the user's language; blank for null. */
	public String of(Enum<?> value) {
		if (value == null) {
			return "";
		}
		return messages.getMessage(key(value), null, chinese(value), LocaleContextHolder.getLocale());
	}

	/** The words of each value, in order. */
	public List<String> all(Collection<? extends Enum<?>> values) {
		return values.stream().map(this::of).toList();
	}

	/** The message key of a value: {@code enum.ProblemStatus.CLOSED}. */
	public static String key(Enum<?> value) {
		return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
	}

	/** The value's own Chinese label, or its name when it has none. */
	public static String chinese(Enum<?> value) {
		Method label = LABEL.get(value.getDeclaringClass());
		if (label == null) {
			return value.name();
		}
		try {
			return (String) label.invoke(value);
		}
		catch (ReflectiveOperationException e) {
			return value.name();
		}
	}
}
