package org.gba.cooperation.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A message for the API's client, told in the caller's language when the response is
 * written: a code of the message bundles ({@code messages.properties} in English,
 * {@code messages_zh_Hant}, {@code messages_zh_Hans}, {@code messages_pt}, all UTF-8) and
 * its arguments, or a literal text that no bundle translates. Codes are stable; a client
 * branches on {@code extensions.code} or the user error's {@code code}, never on the
 * message.
 *
 * @param code the message's code in the bundles; null for a literal text
 * @param arguments the values of the message's placeholders ({@code {0}}, {@code {1}},
 * ...): texts, or messages themselves (such as the name of a type), told in the same
 * language
 * @param text the text when no bundle has the code (or there is none), in English
 */
public record LocalizedMessage(@Nullable String code, List<Object> arguments,
		@Nullable String text) implements MessageSourceResolvable {

	private static final String BUNDLE = "messages";

	/**
	 * The message of this code with these arguments. Arguments other than messages are
	 * turned into text here (numbers without grouping, dates as ISO dates), so that they
	 * read the same in every language.
	 */
	public static LocalizedMessage of(String code, Object... arguments) {
		return new LocalizedMessage(code,
				Arrays.stream(arguments)
					.map((argument) -> (argument instanceof LocalizedMessage) ? argument : String.valueOf(argument))
					.toList(),
				null);
	}

	/** The message of this code, or this English text where no bundle has the code. */
	public static LocalizedMessage withDefault(String code, String text, Object... arguments) {
		return new LocalizedMessage(code, of(code, arguments).arguments(), text);
	}

	/** A text that is not translated. */
	public static LocalizedMessage literal(String text) {
		return new LocalizedMessage(null, List.of(), text);
	}

	/** The message in a language; in English where that language's bundle lacks it. */
	public String in(MessageSource messages, Language language) {
		return messages.getMessage(this, locale(language));
	}

	/**
	 * The message in English, from {@code messages.properties}, for exception messages
	 * and logs.
	 */
	public String english() {
		if (this.code != null) {
			try {
				String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(this.code);
				Object[] values = this.arguments.stream()
					.map((argument) -> (argument instanceof LocalizedMessage message) ? message.english() : argument)
					.toArray();
				return (values.length == 0) ? pattern : new MessageFormat(pattern, Locale.ROOT).format(values);
			}
			catch (MissingResourceException ex) {
				// Told by the default text below.
			}
		}
		return (this.text != null) ? this.text : String.valueOf(this.code);
	}

	@Override
	public String @Nullable [] getCodes() {
		return (this.code != null) ? new String[] { this.code } : null;
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return (this.text != null) ? this.text : this.code;
	}

	@Override
	public String toString() {
		return english();
	}

	/**
	 * The locale of a language's bundle: {@code messages_zh_Hant.properties} for
	 * Traditional Chinese.
	 */
	public static Locale locale(Language language) {
		return switch (language) {
			case ZH_HANT -> Locale.forLanguageTag("zh-Hant");
			case ZH_HANS -> Locale.forLanguageTag("zh-Hans");
			case EN -> Locale.ENGLISH;
			case PT -> Locale.forLanguageTag("pt");
		};
	}

}
