package org.gba.cooperation.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers, before anything else reads them, the requests Spring would otherwise answer
 * with a server error or a misleading status, on every path:
 * <ul>
 * <li>a {@code Content-Type} that is not a concrete media type ({@code *}{@code /*},
 * {@code application/*}, or not a media type at all): Spring's {@code HttpHeaders}
 * refuses wildcards with an exception that becomes a 500 and a long stack trace in the
 * log. With a body the request is answered 415 ({@code UNSUPPORTED_MEDIA_TYPE}); without
 * one the header says nothing and is ignored;</li>
 * <li>{@code /error} requested directly, which is Spring Boot's error page and no
 * resource: 404;</li>
 * <li>at {@code /graphql}, a method other than GET, POST and OPTIONS: 405 with
 * {@code Allow}; an {@code Accept} header that admits none of the media types GraphQL
 * answers in (JSON, {@code application/graphql-response+json},
 * {@code text/event-stream}): 406.</li>
 * </ul>
 * Each is logged as one line at DEBUG, never with a stack trace, so that nobody can fill
 * the log with them. Hand-written because these checks must run before Spring MVC parses
 * the headers; there is no setting for them.
 */
final class HttpHygieneFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(HttpHygieneFilter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String GRAPHQL_PATH = "/graphql";

	private static final Set<String> GRAPHQL_METHODS = Set.of("GET", "POST", "OPTIONS");

	private static final List<MediaType> GRAPHQL_ANSWERS = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.TEXT_EVENT_STREAM);

	private final CorsConfigurationSource cors;

	private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

	/**
	 * @param cors the browser origins allowed, so that a browser can read the refusals at
	 * /graphql
	 */
	HttpHygieneFilter(CorsConfigurationSource cors) {
		this.cors = cors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/error") && request.getDispatcherType() == DispatcherType.REQUEST) {
			refuse(request, response, HttpStatus.NOT_FOUND, "NOT_FOUND", "There is nothing at /error");
			return;
		}
		HttpServletRequest checked = request;
		String contentType = request.getContentType();
		if (contentType != null && !concrete(contentType)) {
			if (hasBody(request)) {
				refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
						"The Content-Type must name the body's media type, e.g. application/json, not '"
								+ printable(contentType) + "'");
				return;
			}
			checked = new WithoutContentType(request);
		}
		if (path.equals(GRAPHQL_PATH)) {
			if (!GRAPHQL_METHODS.contains(request.getMethod())) {
				response.setHeader(HttpHeaders.ALLOW, String.join(", ", "GET", "POST", "OPTIONS"));
				withCors(checked, response);
				refuse(request, response, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
						"GraphQL is served over GET (queries) and POST at /graphql");
				return;
			}
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			if (accept != null && !request.getMethod().equals("OPTIONS") && !acceptable(accept)) {
				withCors(checked, response);
				refuse(request, response, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
						"GraphQL answers in application/graphql-response+json, application/json or "
								+ "text/event-stream: accept one of them");
				return;
			}
		}
		chain.doFilter(checked, response);
	}

	/**
	 * The CORS headers of an allowed browser origin, so that a browser can read a refusal
	 * at /graphql.
	 */
	private void withCors(HttpServletRequest request, HttpServletResponse response) throws IOException {
		CorsConfiguration allowed = this.cors.getCorsConfiguration(request);
		if (allowed != null) {
			this.corsProcessor.processRequest(allowed, request, response);
		}
	}

	/** A parseable media type without wildcards: one a body can be in. */
	private static boolean concrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/**
	 * Whether the Accept header admits one of the media types GraphQL answers in (an
	 * unreadable one admits none).
	 */
	private static boolean acceptable(String accept) {
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		if (accepted.isEmpty()) {
			return true;
		}
		for (MediaType type : accepted) {
			for (MediaType answer : GRAPHQL_ANSWERS) {
				if (type.isCompatibleWith(answer) && type.getQualityValue() > 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String message) throws IOException {
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} refused with {}: {}", request.getMethod(), printable(request.getRequestURI()),
					status.value(), message);
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON.writeValueAsString(
					Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
	}

	/**
	 * A header value as it may appear in a message or a log line: printable ASCII, at
	 * most 100 characters.
	 */
	private static String printable(String value) {
		String shown = value.codePoints()
			.map((c) -> (c >= 0x20 && c < 0x7f) ? c : '?')
			.limit(100)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (value.length() > 100) ? shown + "..." : shown;
	}

	/**
	 * The request of a body-less request whose Content-Type named no media type: as if it
	 * had none.
	 */
	private static final class WithoutContentType extends HttpServletRequestWrapper {

		WithoutContentType(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return isContentType(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isContentType(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			names.removeIf(WithoutContentType::isContentType);
			return Collections.enumeration(names);
		}

		private static boolean isContentType(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name);
		}

	}

}
