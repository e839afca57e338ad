package org.gba.cooperation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import org.springframework.core.io.ClassPathResource;

/**
 * The "partner dashboard" GraphQL document ({@code bench/partner-dashboard.graphql}) and
 * what the baseline takes from it: the default of its {@code $upcomingFrom} variable, so
 * that both answer for the same day when the caller names none.
 */
public final class DashboardDocument {

	/** Where the document lies on the classpath. */
	public static final String LOCATION = "bench/partner-dashboard.graphql";

	/** The name of the date variable from which events count as upcoming. */
	public static final String UPCOMING_FROM = "upcomingFrom";

	private final String text;

	private final LocalDate defaultUpcomingFrom;

	private DashboardDocument(String text) {
		this.text = text;
		this.defaultUpcomingFrom = readDefaultUpcomingFrom(text);
	}

	/** Reads the document from the classpath. */
	public static DashboardDocument load() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return new DashboardDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + LOCATION, ex);
		}
	}

	/** The document's text, as sent to {@code /graphql}. */
	public String text() {
		return this.text;
	}

	/** The default of {@code $upcomingFrom}. */
	public LocalDate defaultUpcomingFrom() {
		return this.defaultUpcomingFrom;
	}

	private static LocalDate readDefaultUpcomingFrom(String text) {
		Document document = Parser.parse(text);
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.flatMap((operation) -> operation.getVariableDefinitions().stream())
			.filter((variable) -> UPCOMING_FROM.equals(variable.getName()))
			.map(VariableDefinition::getDefaultValue)
			.filter(StringValue.class::isInstance)
			.map((value) -> LocalDate.parse(((StringValue) value).getValue()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					LOCATION + " declares no $" + UPCOMING_FROM + " with a default date"));
	}

}
