package org.gba.cooperation.graphiql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** How example files become the entries of the Examples panel. */
class ExampleOperationsTest {

	@TempDir
	Path directory;

	@Test
	void anExampleIsTitledByItsFirstCommentLineAndTypedByItsFirstOperation() throws IOException {
		write("labs.graphql", "#   Which labs operate?  \n# more words\nquery Labs { jointLabs { totalCount } }\n");
		write("live-deals.graphql", "# Deals as they are signed\nsubscription { __typename }\n");

		assertThat(examples().all()).containsExactly(
				new ExampleOperation("labs", "Which labs operate?", "query",
						"#   Which labs operate?  \n# more words\nquery Labs { jointLabs { totalCount } }\n"),
				new ExampleOperation("live-deals", "Deals as they are signed", "subscription",
						"# Deals as they are signed\nsubscription { __typename }\n"));
	}

	@Test
	void anExampleWithoutACommentIsTitledByItsName() throws IOException {
		write("sectors.graphql", "{ sectors { code } }");
		write("empty-comment.graphql", "#\n{ sectors { code } }");

		assertThat(examples().all()).extracting(ExampleOperation::title).containsExactly("empty-comment", "sectors");
	}

	@Test
	void examplesAreOrderedByName() throws IOException {
		write("b.graphql", "{ b }");
		write("a.graphql", "{ a }");
		write("c.graphql", "mutation { c }");

		assertThat(examples().all()).extracting(ExampleOperation::name).containsExactly("a", "b", "c");
	}

	@Test
	void aFileThatIsNotAnOperationIsLeftOutAndTheOthersStay() throws IOException {
		write("broken.graphql", "# Unfinished\n{ jointLabs { ");
		write("fragment-only.graphql", "fragment F on JointLab { id }");
		write("fine.graphql", "# Fine\n{ sectors { code } }");

		assertThat(examples().all()).extracting(ExampleOperation::name).containsExactly("fine");
	}

	@Test
	void noExamplesIsAnEmptyList() {
		assertThat(examples().all()).isEmpty();
	}

	private ExampleOperations examples() {
		return new ExampleOperations(new PathMatchingResourcePatternResolver(), this.directory.toUri() + "*.graphql");
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.directory.resolve(name), content);
	}

}
