package org.gba.cooperation.graphql;

import org.gba.cooperation.shared.redis.SharedRedis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Persisted queries (automatic, or trusted documents only) and queries over GET. */
@Configuration(proxyBeanMethods = false)
class PersistedQueryConfiguration {

	@Bean
	PersistedDocuments persistedDocuments(PersistedQueryProperties properties, JsonMapper json,
			ObjectProvider<SharedRedis> shared) {
		return new PersistedDocuments(properties, json, shared.getIfAvailable());
	}

	/**
	 * Right after the document size check, which so sees every document in full when it
	 * is registered.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	WebGraphQlInterceptor persistedQueries(PersistedDocuments documents, GraphQlLimitsProperties limits) {
		return new PersistedQueryInterceptor(documents, limits);
	}

	/**
	 * Ahead of Spring Boot's routes (order 0), whose GET on the endpoint only answers
	 * 405.
	 */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverGet(GraphQlProperties graphQl, WebGraphQlHandler handler,
			PersistedDocuments documents, JsonMapper json, GraphQlLimitsProperties limits,
			GraphQlGetProperties properties) {
		GraphQlGetHandler get = new GraphQlGetHandler(handler, documents, json, limits, properties);
		return RouterFunctions.route().GET(graphQl.getHttp().getPath(), get::handleGet).build();
	}

}
