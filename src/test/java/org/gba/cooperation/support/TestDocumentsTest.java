package org.gba.cooperation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test documents keep one layout, so that a document is found in one guess and none
 * is left behind: {@code graphql-test/<module>/<operation>.graphql}, named by the tests
 * as a literal ({@code documentName("events/createInvestmentEvent")}), each used, none
 * twice. Reads the source tree (Maven runs tests in the project's directory) because what
 * is checked is the sources, not the build.
 */
class TestDocumentsTest {

	private static final Path DOCUMENTS = Path.of("src/test/resources/graphql-test");

	@Test
	void everyDocumentSitsInTheFolderOfAModule() {
		assertThat(documents()).isNotEmpty()
			.allSatisfy((document) -> assertThat(DOCUMENTS.relativize(document).getNameCount())
				.as("%s sits in graphql-test/<module>/", document)
				.isEqualTo(2));
	}

	@Test
	void aDocumentOfOneOperationIsNamedAfterIt() {
		for (Path document : documents()) {
			List<OperationDefinition> operations = Parser.parse(read(document))
				.getDefinitionsOfType(OperationDefinition.class);
			if (operations.size() == 1) {
				assertThat(operations.get(0).getName()).as("the operation in %s", document).isEqualTo(nameOf(document));
			}
		}
	}

	@Test
	void everyDocumentIsNamedByATest() throws IOException {
		String sources;
		try (Stream<Path> files = Files.walk(Path.of("src"))) {
			sources = files.filter((file) -> file.toString().endsWith(".java"))
				.map(TestDocumentsTest::read)
				.collect(Collectors.joining("\n"));
		}
		List<String> unused = documents().stream()
			.map(TestDocumentsTest::referenceOf)
			.filter((name) -> !Pattern.compile("\"" + Pattern.quote(name) + "[\",]").matcher(sources).find())
			.toList();
		assertThat(unused).as("documents no test names, in quotes or as a CSV entry").isEmpty();
	}

	@Test
	void noTwoDocumentsAreTheSame() {
		Map<String, List<Path>> byText = documents().stream()
			.collect(Collectors.groupingBy((document) -> read(document).replaceAll("\\s+", " ").trim()));
		assertThat(byText.values().stream().filter((same) -> same.size() > 1)).as("documents with the same text")
			.isEmpty();
	}

	private static List<Path> documents() {
		try (Stream<Path> files = Files.walk(DOCUMENTS)) {
			return files.filter((file) -> file.toString().endsWith(".graphql")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name tests give the document: its path under graphql-test/ without the
	 * extension.
	 */
	private static String referenceOf(Path document) {
		Function<Path, String> slashes = (path) -> path.toString().replace('\\', '/');
		return slashes.apply(DOCUMENTS.relativize(document)).replaceFirst("\\.graphql$", "");
	}

	private static String nameOf(Path document) {
		return document.getFileName().toString().replaceFirst("\\.graphql$", "");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
