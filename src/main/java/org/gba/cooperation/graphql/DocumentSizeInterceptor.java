package org.gba.cooperation.graphql;

import java.nio.charset.StandardCharsets;

import graphql.ExecutionResult;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses a document over {@link GraphQlLimitsProperties#maxDocumentSize()} on its raw
 * text, before graphql-java parses it ({@code DOCUMENT_TOO_LARGE}).
 */
final class DocumentSizeInterceptor implements WebGraphQlInterceptor {

	private final GraphQlLimitsProperties limits;

	DocumentSizeInterceptor(GraphQlLimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long size = request.getDocument().getBytes(StandardCharsets.UTF_8).length;
		long maxSize = this.limits.maxDocumentSize().toBytes();
		if (size <= maxSize) {
			return chain.next(request);
		}
		ExecutionResult refused = ExecutionResult.newExecutionResult()
			.addError(QueryLimitsInstrumentation.refusal("DOCUMENT_TOO_LARGE",
					"The document is " + size + " bytes long, over the limit of " + maxSize
							+ " bytes (gba.graphql.limits.max-document-size)"))
			// Not parsed, so not measured: it costs nothing.
			.addExtension("cost", QueryLimitsInstrumentation.cost(0, 0, this.limits))
			.build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
	}

}
