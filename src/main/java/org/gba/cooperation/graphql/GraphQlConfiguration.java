package org.gba.cooperation.graphql;

import java.util.List;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars and the schema-wide field conventions. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer schemaWiring(GbaGraphQlProperties properties) {
		return new RuntimeWiringConfigurer() {

			@Override
			public void configure(RuntimeWiring.Builder wiring) {
				wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.DECIMAL);
			}

			@Override
			public void configure(RuntimeWiring.Builder wiring, List<WiringFactory> container) {
				container.add(new SchemaConventions(properties.defaultLanguage()));
			}

		};
	}

}
