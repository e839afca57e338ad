package org.gba.cooperation.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The custom scalars of the schema: {@code Date}, {@code DateTime} and {@code Decimal},
 * all sent as strings.
 */
final class Scalars {

	static final GraphQLScalarType DATE = scalar("Date", "an ISO-8601 date such as 2023-06-01", LocalDate.class,
			LocalDate::parse, LocalDate::toString);

	static final GraphQLScalarType DATE_TIME = scalar("DateTime",
			"an ISO-8601 instant with offset such as 2026-01-01T08:30:00Z", Instant.class,
			(text) -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from), Instant::toString);

	static final GraphQLScalarType DECIMAL = scalar("Decimal", "a decimal number in a string such as \"1250.50\"",
			BigDecimal.class, Scalars::parseDecimal, BigDecimal::toPlainString);

	private Scalars() {
	}

	private static BigDecimal parseDecimal(String text) {
		if (!text.matches("-?[0-9]{1,17}(\\.[0-9]{1,10})?")) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(text);
	}

	private static <T> GraphQLScalarType scalar(String name, String expected, Class<T> type, Function<String, T> parser,
			Function<T, String> printer) {
		return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return printer.apply(type.cast(value));
				}
				throw new CoercingSerializeException("Expected " + type.getSimpleName() + " for " + name);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				T value = (input instanceof String text) ? tryParse(text) : null;
				if (value == null) {
					throw new CoercingParseValueException(message(input));
				}
				return value;
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				T value = (input instanceof StringValue text) ? tryParse(text.getValue()) : null;
				if (value == null) {
					throw new CoercingParseLiteralException(message(input));
				}
				return value;
			}

			private @Nullable T tryParse(String text) {
				try {
					return parser.apply(text);
				}
				catch (DateTimeParseException | NumberFormatException ex) {
					return null;
				}
			}

			private String message(Object input) {
				String shown = (input instanceof StringValue text) ? "\"" + text.getValue() + "\""
						: (input instanceof String text) ? "\"" + text + "\"" : String.valueOf(input);
				if (shown.length() > 60) {
					shown = shown.substring(0, 60) + "...";
				}
				return name + " must be a string holding " + expected + "; got " + shown;
			}

		}).build();
	}

}
