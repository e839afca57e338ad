package org.gba.cooperation.graphql;

import org.gba.cooperation.shared.bulkhead.OverloadedException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Tells a client whose heavy query the bulkhead refused when to try again:
 * {@code Retry-After}, in seconds, beside the {@code OVERLOADED} error (and the 429 the
 * HTTP handler answers it with).
 */
final class OverloadedInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			OverloadedException overloaded = response.getExecutionInput()
				.getGraphQLContext()
				.get(OverloadedException.class);
			if (overloaded != null) {
				response.getResponseHeaders()
					.set(HttpHeaders.RETRY_AFTER, String.valueOf(overloaded.retryAfterSeconds()));
			}
			return response;
		});
	}

}
