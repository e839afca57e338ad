package org.gba.cooperation.writes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each mutation takes one input named after it, in the schema and in Java, so that an
 * input tells which mutation it is for ({@link MutationInput#mutation()}): the action of
 * the audit trail and of the idempotency records.
 */
class MutationInputsTest {

	@Test
	void everyMutationOfTheSchemaTakesAnInputNamedAfterIt() throws IOException {
		Map<String, String> inputs = mutationInputs();

		assertThat(inputs).isNotEmpty()
			.allSatisfy((mutation, input) -> assertThat(input).as(mutation)
				.isEqualTo(Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input"));
	}

	/**
	 * The record writes (the mutations whose input takes an {@code idempotencyKey}, run
	 * by the {@code Mutations} template, audited) and the Java inputs are the same set. A
	 * bulk export's mutations start, cancel or retry background work: no idempotency key,
	 * no audit entry, and no {@link MutationInput}.
	 */
	@Test
	void everyJavaInputIsForAMutationOfTheSchema() throws IOException {
		Set<String> mutations = new TreeSet<>(idempotentMutations());
		assertThat(mutations).doesNotContain("startBulkExport").contains("createJointLab");
		Set<String> javaInputs = new TreeSet<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(MutationInput.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.gba.cooperation")) {
			String name = candidate.getBeanClassName();
			javaInputs.add(MutationInput.mutationOf(classNamed(name)));
		}

		assertThat(javaInputs).isNotEmpty().isEqualTo(mutations);
	}

	/**
	 * The mutations of the schema (the SDL files of schema/), each with the type of its
	 * {@code input}.
	 */
	private static Map<String, String> mutationInputs() throws IOException {
		TypeDefinitionRegistry registry = registry();
		Map<String, String> inputs = new TreeMap<>();
		Stream
			.concat(registry.getType("Mutation", ObjectTypeDefinition.class).stream(),
					registry.objectTypeExtensions().getOrDefault("Mutation", List.of()).stream())
			.flatMap((type) -> type.getFieldDefinitions().stream())
			.forEach((field) -> inputs.put(field.getName(), inputType(field)));
		return inputs;
	}

	/** The mutations whose input type has an {@code idempotencyKey} field. */
	private static Set<String> idempotentMutations() throws IOException {
		TypeDefinitionRegistry registry = registry();
		Set<String> idempotent = new TreeSet<>();
		mutationInputs().forEach(
				(mutation,
						input) -> registry.getType(input, InputObjectTypeDefinition.class)
							.filter((
									type) -> Stream
										.concat(type.getInputValueDefinitions().stream(),
												registry.inputObjectTypeExtensions()
													.getOrDefault(input, List.of())
													.stream()
													.flatMap((extension) -> extension.getInputValueDefinitions()
														.stream()))
										.anyMatch((field) -> field.getName().equals("idempotencyKey")))
							.ifPresent((type) -> idempotent.add(mutation)));
		return idempotent;
	}

	private static String inputType(FieldDefinition field) {
		return field.getInputValueDefinitions()
			.stream()
			.filter((argument) -> argument.getName().equals("input"))
			.map(InputValueDefinition::getType)
			.map((type) -> ((TypeName) TypeUtil.unwrapAll(type)).getName())
			.findFirst()
			.orElse("(no input)");
	}

	/** The SDL files of schema/, merged. */
	private static TypeDefinitionRegistry registry() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		return registry;
	}

	private static Class<?> classNamed(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
