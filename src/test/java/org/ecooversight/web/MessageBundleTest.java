package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ecooversight.shared.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Chinese by default, English through the message bundles (issue 5, item 10): every page's words
 * come from {@code messages/*.properties}, each Chinese key has its English one and the other way
 * round, every key a template names exists, and every enumeration with a Chinese label has English
 * words. A template with Chinese text that no {@code th:text} replaces fails here, naming the line.
 */
class MessageBundleTest {

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	private static final Path TEMPLATES = Paths.get("src/main/resources/templates");


	@Test
	void everyChineseKeyHasItsEnglishOneAndBack() throws IOException {
		for (String basename : basenames()) {
			Properties chinese = load(basename + ".properties");
			Properties english = load(basename + "_en.properties");
			if (basename.endsWith("/enums") || basename.endsWith("/events")) {
				continue; // the Chinese words are the enumerations' own labels and ledger.EventWords
			}
			assertThat(english.stringPropertyNames()).as("English keys of %s", basename)
				.containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
			chinese.stringPropertyNames()
				.stream()
				.filter(key -> !key.startsWith("lang.")) // the switch to Chinese says 中文
				.forEach(key -> assertThat(english.getProperty(key)).as("%s in %s_en", key, basename)
					.isNotBlank()
					.doesNotContainPattern(CJK.pattern().replace("\\u3000-\\u303f\\uff00-\\uffef", "")));
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : basenames()) {
			keys.addAll(load(basename + ".properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			Matcher key = KEY.matcher(text);
			while (key.find()) {
				if (!keys.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).as("keys named in templates but in no bundle").isEmpty();
	}

	@Test
	void noTemplateShowsChineseThatNoMessageReplaces() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String name = TEMPLATES.relativize(template).toString();
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser().setTrackPosition(true));
			for (Element element : document.getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					boolean replaced = element.hasAttr("th:" + attribute.getKey())
							|| element.hasAttr("th:attr") && element.attr("th:attr").contains(attribute.getKey() + "=");
					boolean expression = attribute.getKey().startsWith("th:");
					if (CJK.matcher(attribute.getValue()).find() && (expression || !replaced)) {
						literals.add(name + ":" + element.sourceRange().start().lineNumber() + " " + attribute.getKey()
								+ "=\"" + attribute.getValue() + "\"");
					}
				}
				for (TextNode text : element.textNodes()) {
					if (CJK.matcher(text.text()).find() && !replacedByMessage(element)) {
						literals.add(name + ":" + element.sourceRange().start().lineNumber() + " <" + element.tagName()
								+ "> " + text.text().strip());
					}
				}
			}
		}
		assertThat(literals).as("Chinese text in templates that no message replaces (put it in messages/*.properties)")
			.isEmpty();
	}

	@Test
	void everyEnumerationWithAChineseLabelHasEnglishWords() throws IOException {
		Properties english = load("messages/enums_en.properties");
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		List<String> missing = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.ecooversight")) {
			Class<?> type;
			try {
				type = Class.forName(definition.getBeanClassName());
			}
			catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
			for (Object value : type.getEnumConstants()) {
				Enum<?> constant = (Enum<?>) value;
				if (!Labels.chinese(constant).equals(constant.name()) && !english.containsKey(Labels.key(constant))) {
					missing.add(Labels.key(constant) + " (" + Labels.chinese(constant) + ")");
				}
			}
		}
		assertThat(missing).as("enumeration values without English words in messages/enums_en.properties").isEmpty();
	}

	/** The element's text is replaced when it renders: by itself or by an ancestor. */
	private static boolean replacedByMessage(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| e.hasAttr("th:remove")) {
				return true;
			}
		}
		return false;
	}

	private static List<String> basenames() throws IOException {
		String yml = Files.readString(Paths.get("src/main/resources/application.yml"));
		Matcher line = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)").matcher(yml);
		assertThat(line.find()).as("spring.messages.basename in application.yml").isTrue();
		return List.of(line.group(1).split(","));
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}
}
