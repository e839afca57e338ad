package org.gba.cooperation.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The example subscriptions GraphiQL offers are valid against the schema, one operation per file. */
class SubscriptionExamplesTests {

	@Test
	void everyExampleIsOneValidSubscriptionWithAQuestionOnTop() throws IOException {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		for (Resource file : resources.getResources("classpath:graphql/*.graphqls")) {
			types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
		Resource[] examples = resources.getResources("classpath:graphiql/examples/*.graphql");

		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		for (Resource example : examples) {
			String text = example.getContentAsString(StandardCharsets.UTF_8);
			Document document = Parser.parse(text);
			assertThat(text).as(example.getFilename()).startsWith("# ");
			assertThat(document.getDefinitionsOfType(OperationDefinition.class)).as(example.getFilename())
				.singleElement()
				.satisfies((operation) -> assertThat(operation.getOperation())
					.isEqualTo(OperationDefinition.Operation.SUBSCRIPTION));
			assertThat(new Validator().validateDocument(schema, document, Locale.ENGLISH)).as(example.getFilename())
				.isEmpty();
		}
	}

}
