package org.gba.cooperation.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.flywaydb.core.Flyway;
import org.gba.cooperation.shared.bulkhead.BulkheadProperties;
import org.gba.cooperation.shared.bulkhead.Bulkheads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Scalars, the schema-wide field conventions, the request's language, and the limits
 * every request is checked against.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** The GraphQL schema's and the database's versions in {@code /actuator/info}. */
	@Bean
	InfoContributor schemaVersionInfo(GraphQlSource graphQlSource, ObjectProvider<Flyway> flyway) {
		return new SchemaVersionInfo(graphQlSource, flyway);
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.DECIMAL);
	}

	/**
	 * Connections are built by {@code shared.paging} (keyset cursors, lazy totalCount),
	 * not by Spring for GraphQL's Window/Slice adapter. Boot registers that adapter only
	 * when the primary cursor strategy handles Spring Data scroll positions; this one
	 * handles our opaque strings, so the adapter stays out. (Left in, it answers a
	 * refused argument with an empty page instead of null.)
	 */
	@Bean
	@Primary
	CursorStrategy<String> opaqueCursors() {
		return new CursorStrategy<>() {

			@Override
			public boolean supports(Class<?> targetType) {
				return targetType == String.class;
			}

			@Override
			public String toCursor(String position) {
				return position;
			}

			@Override
			public String fromCursor(String cursor) {
				return cursor;
			}

		};
	}

	/**
	 * Reads the type definitions once they are parsed, then wires the conventional fields
	 * from them.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer schemaConventions(EntityManagerFactory entities) {
		Map<String, ResolvableType> entityTypes = new HashMap<>();
		entities.getMetamodel()
			.getEntities()
			.forEach((entity) -> entityTypes.put(entity.getJavaType().getSimpleName(),
					ResolvableType.forClass(entity.getJavaType())));
		SchemaConventions conventions = new SchemaConventions(
				(typeName) -> entityTypes.getOrDefault(typeName, ResolvableType.NONE));
		AtomicReference<TypeDefinitionRegistry> types = new AtomicReference<>();
		return (builder) -> builder.configureTypeDefinitions(types::set)
			.configureRuntimeWiring((wiring) -> conventions.register(types.get(), wiring));
	}

	/**
	 * The parsed and validated documents, kept by their text; with its statistics as
	 * Micrometer's cache metrics ({@code cache.gets} etc., tagged
	 * {@code cache=graphql.documents}).
	 */
	@Bean
	DocumentCache documentCache(GbaGraphQlProperties properties, ObjectProvider<MeterRegistry> meters) {
		DocumentCache cache = new DocumentCache(properties.documentCache().maxCharacters());
		meters.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, cache.cache(), "graphql.documents"));
		return cache;
	}

	/** graphql-java takes its documents from the cache. */
	@Bean
	GraphQlSourceBuilderCustomizer documentCacheProvider(DocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * Depth, aliases, directives, root fields and cost, checked before execution; Boot
	 * registers it with graphql-java.
	 */
	@Bean
	Instrumentation queryLimits(GraphQlLimitsProperties limits, MessageSource messages) {
		return new QueryLimitsInstrumentation(limits, messages);
	}

	/**
	 * Heavy queries in the bulkhead's places; before the other instrumentations but the
	 * {@code @inContext} directive, so that what they do when an operation begins is done
	 * in its place.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	Instrumentation bulkhead(Bulkheads bulkheads, BulkheadProperties properties) {
		return new BulkheadInstrumentation(bulkheads, properties.heavyCost());
	}

	/** {@code Retry-After} on a heavy query refused as {@code OVERLOADED}. */
	@Bean
	WebGraphQlInterceptor overloadedRetryAfter() {
		return new OverloadedInterceptor();
	}

	/**
	 * The language of the request from {@code Accept-Language} or the default, and its
	 * report on every response; inside only the rate limit.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 2)
	WebGraphQlInterceptor inContext(GbaGraphQlProperties properties) {
		return new InContextInterceptor(properties.defaultLanguage());
	}

	/**
	 * The {@code @inContext} directive of the operation; first of the instrumentations,
	 * so all the others see it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	Instrumentation inContextDirective() {
		return new InContextInstrumentation();
	}

	/**
	 * The document size, checked first of all, before the document is parsed; inside only
	 * the rate limit and the language, which report on every response.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 3)
	WebGraphQlInterceptor documentSizeLimit(GraphQlLimitsProperties limits) {
		return new DocumentSizeInterceptor(limits);
	}

}
