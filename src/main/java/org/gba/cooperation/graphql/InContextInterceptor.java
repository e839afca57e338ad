package org.gba.cooperation.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Gives each request its {@link InContext} from the {@code Accept-Language} header, else
 * the configured default ({@code gba.graphql.default-language}), for whatever answers it
 * before the document is parsed; {@link InContextInstrumentation} then lets the
 * operation's {@code @inContext} directive override it. Each response says what was used:
 * {@code extensions.inContext} and {@code Content-Language}. Next to the outermost
 * interceptor, so that it sees every response, the refusals of the size limit and of
 * persisted queries included. WebSocket requests pass here too, with the headers of their
 * handshake.
 */
final class InContextInterceptor implements WebGraphQlInterceptor {

	private final Language defaultLanguage;

	InContextInterceptor(Language defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Language language = AcceptLanguage.preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE))
			.orElse(this.defaultLanguage);
		InContextInstrumentation.Resolved resolved = new InContextInstrumentation.Resolved(
				new InContext(language, null));
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(InContext.CONTEXT_KEY, resolved.get());
			input.getGraphQLContext().put(InContextInstrumentation.Resolved.class, resolved);
			return input;
		});
		return chain.next(request).map((response) -> report(response, resolved.get()));
	}

	private static WebGraphQlResponse report(WebGraphQlResponse response, InContext inContext) {
		Map<String, Object> reported = new LinkedHashMap<>();
		reported.put("language", inContext.language().name());
		reported.put("currency", (inContext.currency() != null) ? inContext.currency().name() : null);
		Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
		extensions.put("inContext", reported);
		WebGraphQlResponse answer = response.transform((builder) -> builder.extensions(extensions));
		answer.getResponseHeaders().set(HttpHeaders.CONTENT_LANGUAGE, AcceptLanguage.tag(inContext.language()));
		return answer;
	}

}
