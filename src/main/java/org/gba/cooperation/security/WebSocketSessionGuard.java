package org.gba.cooperation.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards a GraphQL WebSocket connection (graphql-transport-ws) around Spring for
 * GraphQL's handler:
 * <ul>
 * <li>a connection signed in with a token lasts as long as the token: when it expires
 * (its {@code exp}, with the same clock skew as any request's), the connection is closed
 * with 4401, which ends its subscriptions; a client reconnects with a fresh token.
 * Nothing the connection sends after that is run;</li>
 * <li>a message that is not a JSON object with a string {@code type}, a string {@code id}
 * if any and an object {@code payload} if any closes the connection with 4400 (Invalid
 * message), as the protocol asks, and is logged at DEBUG: Spring's handler would fail on
 * it with a 1011 and an ERROR with a stack trace.</li>
 * </ul>
 * Hand-written: Spring for GraphQL checks a WebSocket's token at {@code connection_init}
 * only, and offers no hook to close a connection later.
 */
final class WebSocketSessionGuard extends WebSocketHandlerDecorator {

	private static final Logger logger = LoggerFactory.getLogger(WebSocketSessionGuard.class);

	static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "Token expired");

	static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

	private static final String EXPIRY = WebSocketSessionGuard.class.getName() + ".expiry";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Clock clock;

	private final Duration clockSkew;

	WebSocketSessionGuard(WebSocketHandler graphQl, Clock clock, Duration clockSkew) {
		super(graphQl);
		this.clock = clock;
		this.clockSkew = clockSkew;
	}

	@Override
	public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
		Instant expiresAt = WebSocketAuthentication.expiresAt(session.getAttributes());
		if (expiresAt != null && !this.clock.instant().isBefore(closesAt(expiresAt))) {
			close(session, TOKEN_EXPIRED, "its token expired");
			return;
		}
		if (message instanceof TextMessage text && !wellFormed(text.getPayload())) {
			close(session, INVALID_MESSAGE, "a message is not a graphql-transport-ws message");
			return;
		}
		super.handleMessage(session, message);
		if (expiresAt == null) {
			closeWhenTheTokenExpires(session);
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
		if (session.getAttributes().remove(EXPIRY) instanceof Disposable expiry) {
			expiry.dispose();
		}
		super.afterConnectionClosed(session, closeStatus);
	}

	/** Once the connection signed in with a token, closes it when the token expires. */
	private void closeWhenTheTokenExpires(WebSocketSession session) {
		Instant expiresAt = WebSocketAuthentication.expiresAt(session.getAttributes());
		if (expiresAt == null || session.getAttributes().containsKey(EXPIRY)) {
			return;
		}
		Duration left = Duration.between(this.clock.instant(), closesAt(expiresAt));
		Disposable expiry = Mono.delay(left.isNegative() ? Duration.ZERO : left)
			.subscribe((ignored) -> close(session, TOKEN_EXPIRED, "its token expired"));
		session.getAttributes().put(EXPIRY, expiry);
	}

	private Instant closesAt(Instant expiresAt) {
		return expiresAt.plus(this.clockSkew);
	}

	/**
	 * A graphql-transport-ws message: an object with a string type, and a string id and
	 * object payload if any.
	 */
	private static boolean wellFormed(String text) {
		JsonNode message;
		try {
			message = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return false;
		}
		if (message == null || !message.isObject() || !message.path("type").isString()) {
			return false;
		}
		JsonNode id = message.get("id");
		JsonNode payload = message.get("payload");
		return (id == null || id.isNull() || id.isString())
				&& (payload == null || payload.isNull() || payload.isObject());
	}

	private static void close(WebSocketSession session, CloseStatus status, String why) {
		if (logger.isDebugEnabled()) {
			logger.debug("Closing GraphQL WebSocket {} with {}: {}", session.getId(), status.getCode(), why);
		}
		try {
			session.close(status);
		}
		catch (IOException | IllegalStateException ex) {
			logger.debug("GraphQL WebSocket {} was already closing", session.getId());
		}
	}

}
