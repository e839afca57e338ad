package org.gba.cooperation.security;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.AuthenticationExtractor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Signs in a GraphQL WebSocket connection (graphql-transport-ws) by its
 * {@code connection_init} payload, {@code {"Authorization": "Bearer <token>"}}: browsers
 * cannot send headers with a WebSocket. The token is checked like a header's (same
 * decoder, issuer, audience, claims); one that is not a valid bearer token closes the
 * connection with 4401 (Unauthorized), as the protocol asks. No payload, or none with
 * {@code Authorization}: the connection is anonymous. A token in the URL is refused at
 * the handshake, like any request's.
 * <p>
 * The connection lasts as long as the token: {@link WebSocketSessionGuard} closes it with
 * 4401 when the token expires.
 * <p>
 * Every operation of the connection then runs as its caller: in the reactive context (for
 * the fields, which Spring for GraphQL gives the caller from there) and on the thread
 * that starts it, so that the interceptors after this one (the rate limit by caller) see
 * who it is.
 */
final class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

	private static final String ATTRIBUTE = WebSocketAuthentication.class.getName() + ".securityContext";

	private final AuthenticationExtractor tokens = new BearerTokenAuthenticationExtractor();

	private final AuthenticationManager authentication;

	WebSocketAuthentication(AuthenticationManager authentication) {
		this.authentication = authentication;
	}

	/**
	 * An error here closes the connection with 4401; nothing is answered before the token
	 * is checked.
	 */
	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		return this.tokens.getAuthentication(payload)
			.map(this.authentication::authenticate)
			.doOnNext((caller) -> session.getAttributes().put(ATTRIBUTE, new SecurityContextImpl(caller)))
			.then(Mono.empty());
	}

	/**
	 * When the token the connection signed in with expires; null for an anonymous
	 * connection or before it signs in.
	 */
	static @Nullable Instant expiresAt(Map<String, Object> sessionAttributes) {
		if (sessionAttributes.get(ATTRIBUTE) instanceof SecurityContext context
				&& context.getAuthentication() instanceof JwtAuthenticationToken token) {
			return token.getToken().getExpiresAt();
		}
		return null;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest webSocketRequest) || !(webSocketRequest.getSessionInfo()
			.getAttributes()
			.get(ATTRIBUTE) instanceof SecurityContext caller)) {
			return chain.next(request);
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(caller);
		try {
			// The key under which Spring Security's context-propagation accessor finds
			// the context.
			return chain.next(request).contextWrite(Context.of(SecurityContext.class.getName(), caller));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
