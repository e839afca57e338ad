package org.gba.cooperation.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The example operations shipped with the application: every {@code *.graphql} file under
 * {@code classpath:graphiql/examples/}, read once at start-up and ordered by name. Adding
 * an example is adding a file there; the page lists whatever this holds.
 */
class ExampleOperations {

	/**
	 * Where the shipped examples are: every classpath root's {@code graphiql/examples/}
	 * directory.
	 */
	static final String SHIPPED = "classpath*:graphiql/examples/*.graphql";

	private static final String EXTENSION = ".graphql";

	private static final Logger logger = LoggerFactory.getLogger(ExampleOperations.class);

	private final List<ExampleOperation> examples;

	/** The examples at this location pattern, e.g. {@link #SHIPPED}. */
	ExampleOperations(ResourcePatternResolver resources, String location) {
		this.examples = load(resources, location);
	}

	/** The examples, ordered by name. */
	List<ExampleOperation> all() {
		return this.examples;
	}

	private static List<ExampleOperation> load(ResourcePatternResolver resources, String location) {
		Map<String, ExampleOperation> byName = new LinkedHashMap<>();
		for (Resource resource : find(resources, location)) {
			String fileName = resource.getFilename();
			if (fileName == null || !fileName.endsWith(EXTENSION)) {
				continue;
			}
			String name = fileName.substring(0, fileName.length() - EXTENSION.length());
			// The same name in two classpath roots: the first root wins, as for any
			// classpath resource.
			if (!byName.containsKey(name)) {
				read(name, resource).ifPresent((example) -> byName.put(name, example));
			}
		}
		return byName.values().stream().sorted(Comparator.comparing(ExampleOperation::name)).toList();
	}

	private static Resource[] find(ResourcePatternResolver resources, String location) {
		try {
			return resources.getResources(location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the GraphiQL examples at " + location, ex);
		}
	}

	/**
	 * The example in this file, or none when it is not a GraphQL document: a broken
	 * example must not take the page (or the application) down; the integration suite
	 * checks that every shipped file is listed, so a broken one fails the build.
	 */
	private static Optional<ExampleOperation> read(String name, Resource resource) {
		String document;
		try {
			document = resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the GraphiQL example " + resource, ex);
		}
		Optional<String> operationType;
		try {
			operationType = firstOperationType(Parser.parse(document));
		}
		catch (InvalidSyntaxException ex) {
			logger.error("GraphiQL example {} is left out: it is not a GraphQL document ({})", name, ex.getMessage());
			return Optional.empty();
		}
		if (operationType.isEmpty()) {
			logger.error("GraphiQL example {} is left out: it has no operation", name);
			return Optional.empty();
		}
		return Optional.of(new ExampleOperation(name, title(name, document), operationType.get(), document));
	}

	private static Optional<String> firstOperationType(Document document) {
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.findFirst()
			.map((operation) -> operation.getOperation().name().toLowerCase(Locale.ROOT));
	}

	/** The first line when it is a comment, without its {@code #}; otherwise the name. */
	private static String title(String name, String document) {
		String firstLine = document.strip().lines().findFirst().orElse("");
		if (firstLine.startsWith("#")) {
			String title = firstLine.substring(1).strip();
			if (!title.isEmpty()) {
				return title;
			}
		}
		return name;
	}

}
