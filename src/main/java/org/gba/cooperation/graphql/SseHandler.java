package org.gba.cooperation.graphql;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlSseHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL over Server-Sent Events ({@code POST /graphql},
 * {@code Accept: text/event-stream}). A subscription's messages are {@code next} events;
 * an answer that is not a stream (a document refused by the limits, throttled or invalid,
 * or a query) is sent as the one {@code next} event, with its errors and their codes,
 * then {@code complete}, as the GraphQL-over-SSE protocol has it. (Spring's handler would
 * answer any of them with a bare "SSE handler supports only subscriptions", losing the
 * reason.)
 */
final class SseHandler extends GraphQlSseHandler {

	SseHandler(WebGraphQlHandler graphQlHandler, @Nullable Duration timeout, @Nullable Duration keepAlive) {
		super(graphQlHandler, timeout, keepAlive);
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		return super.prepareResponse(request, responseMono.map(SseHandler::asStream));
	}

	private static WebGraphQlResponse asStream(WebGraphQlResponse response) {
		if (response.getData() instanceof Publisher<?>) {
			return response;
		}
		return response.transform((builder) -> builder.data(Flux.just(response.getExecutionResult())));
	}

}
