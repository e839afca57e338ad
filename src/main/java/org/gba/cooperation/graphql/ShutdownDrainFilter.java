package org.gba.cooperation.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedMessage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts the requests running for {@link ShutdownDrain}, and answers those that arrive
 * once it drains: HTTP 503, {@code Retry-After}, the connection closed (so that the
 * client's next request opens one through the load balancer, to another instance), and a
 * GraphQL error whose {@code extensions.code} is {@code SERVICE_UNAVAILABLE}, in the
 * language of {@code Accept-Language} (else {@code gba.graphql.default-language}). On
 * every path but the management endpoints': GraphQL over POST and GET, SSE, WebSocket
 * handshakes, downloads. An asynchronous request (GraphQL over HTTP, SSE) counts until it
 * completes, not until its first thread returns.
 */
final class ShutdownDrainFilter extends OncePerRequestFilter {

	/**
	 * Seconds: another instance can take the request now, and the load balancer stops
	 * sending here within a probe or two.
	 */
	private static final String RETRY_AFTER = "1";

	private static final LocalizedMessage SHUTTING_DOWN = LocalizedMessage.of("error.shuttingDown");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ShutdownDrain drain;

	private final String managementPath;

	private final MessageSource messages;

	private final Language defaultLanguage;

	private final CorsConfigurationSource cors;

	private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

	/**
	 * @param managementPath the base path of the management endpoints when they share the
	 * application's port ({@code management.endpoints.web.base-path})
	 */
	ShutdownDrainFilter(ShutdownDrain drain, String managementPath, MessageSource messages, Language defaultLanguage,
			CorsConfigurationSource cors) {
		this.drain = drain;
		this.managementPath = managementPath;
		this.messages = messages;
		this.defaultLanguage = defaultLanguage;
		this.cors = cors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(this.managementPath) || path.startsWith(this.managementPath + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.drain.entered()) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			WhenComplete.run(request, this.drain::left);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		CorsConfiguration allowed = this.cors.getCorsConfiguration(request);
		if (allowed != null) {
			this.corsProcessor.processRequest(allowed, request, response);
		}
		Language language = AcceptLanguage.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
			.orElse(this.defaultLanguage);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, AcceptLanguage.tag(language));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("errors", List.of(Map.of("message",
					SHUTTING_DOWN.in(this.messages, language), "extensions", Map.of("code", "SERVICE_UNAVAILABLE"))))));
	}

}
