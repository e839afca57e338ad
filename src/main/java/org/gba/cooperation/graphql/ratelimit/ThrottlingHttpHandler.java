package org.gba.cooperation.graphql.ratelimit;

import org.gba.cooperation.shared.bulkhead.OverloadedException;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Spring for GraphQL's HTTP handler, answering a request refused by the rate limit
 * ({@code THROTTLED}) or by the bulkhead of heavy queries ({@code OVERLOADED}) with
 * {@code 429 Too Many Requests}, whatever media type it accepts, so that HTTP clients and
 * proxies back off without reading the body. Every other status is the handler's own.
 */
final class ThrottlingHttpHandler extends GraphQlHttpHandler {

	ThrottlingHttpHandler(WebGraphQlHandler graphQlHandler) {
		super(graphQlHandler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		boolean throttled = response.getErrors()
			.stream()
			.anyMatch((error) -> RequestBudget.THROTTLED.equals(error.getExtensions().get("code"))
					|| OverloadedException.CODE.equals(error.getExtensions().get("code")));
		return throttled ? HttpStatus.TOO_MANY_REQUESTS : super.selectResponseStatus(response, responseMediaType);
	}

}
