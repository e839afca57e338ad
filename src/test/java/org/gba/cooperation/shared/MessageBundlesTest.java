package org.gba.cooperation.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles: every language has every code, and every message formats cleanly.
 */
class MessageBundlesTest {

	private static final Object[] ARGUMENTS = { "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9" };

	@ParameterizedTest
	@ValueSource(strings = { "messages_zh_Hant", "messages_zh_Hans", "messages_pt" })
	void everyTranslationHasEveryCodeOfTheEnglishBundle(String bundle) throws IOException {
		Properties english = load("messages");
		Properties translation = load(bundle);

		assertThat(translation.stringPropertyNames()).containsAll(english.stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages_zh_Hant", "messages_zh_Hans", "messages_pt" })
	void everyMessageFormatsWithoutStrayQuotesOrPlaceholders(String bundle) throws IOException {
		Properties messages = load(bundle);
		for (String code : messages.stringPropertyNames()) {
			String pattern = messages.getProperty(code);
			String formatted = pattern.contains("{") ? new MessageFormat(pattern, Locale.ROOT).format(ARGUMENTS)
					: pattern;

			assertThat(formatted).as("%s in %s", code, bundle).doesNotContain("{", "}", "''");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ZH_HANT", "ZH_HANS", "EN", "PT" })
	void aMessageIsToldInEachLanguageWithItsNestedTypeName(Language language) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		LocalizedMessage notFound = LocalizedMessage.of("mutation.notFound",
				LocalizedMessage.withDefault("type.JointLab", "JointLab"), "SUQ");

		String told = notFound.in(messages, language);

		assertThat(told).contains("SUQ").contains(switch (language) {
			case ZH_HANT -> "聯合實驗室";
			case ZH_HANS -> "联合实验室";
			case EN -> "No JointLab has the ID 'SUQ'";
			case PT -> "laboratório conjunto";
		});
		if (language == Language.EN) {
			assertThat(notFound.english()).isEqualTo(told);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ZH_HANT", "PT" })
	void aLiteralTextIsToldAsItIs(Language language) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");

		assertThat(LocalizedMessage.literal("Don't {0} translate").in(messages, language))
			.isEqualTo("Don't {0} translate");
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle + ".properties")) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
