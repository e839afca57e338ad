package org.gba.cooperation.graphql;

import java.util.concurrent.atomic.AtomicReference;

import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars and the schema-wide field conventions. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.DECIMAL);
	}

	/** Reads the type definitions once they are parsed, then wires the conventional fields from them. */
	@Bean
	GraphQlSourceBuilderCustomizer schemaConventions(GbaGraphQlProperties properties) {
		SchemaConventions conventions = new SchemaConventions(properties.defaultLanguage());
		AtomicReference<TypeDefinitionRegistry> types = new AtomicReference<>();
		return (builder) -> builder.configureTypeDefinitions(types::set)
			.configureRuntimeWiring((wiring) -> conventions.register(types.get(), wiring));
	}

}
