package org.gba.cooperation.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the JSON body of a GraphQL POST before Spring for GraphQL reads it, as the
 * GraphQL-over-HTTP specification asks and Jackson's lenient binding does not: a body
 * over {@link GraphQlEndpointProperties#maxRequestSize()} is refused with HTTP 413
 * ({@code REQUEST_TOO_LARGE}) without being read further; one that is not JSON
 * (malformed, invalid UTF-8), not an object, or whose {@code query} or
 * {@code operationName} is not a string, or {@code variables} or {@code extensions} not
 * an object, with HTTP 400 ({@code BAD_REQUEST}). Each of them may be {@code null}.
 * Bodies of other content types than JSON and {@code application/graphql} (read as JSON)
 * pass, to be answered by Spring (415).
 */
final class RequestBodyFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxSize;

	RequestBodyFilter(long maxSize) {
		this.maxSize = maxSize;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod()) || request.getContentType() == null) {
			return true;
		}
		try {
			MediaType contentType = MediaType.parseMediaType(request.getContentType());
			// Spring for GraphQL reads the legacy application/graphql as JSON too.
			return !contentType.getSubtype().equals("json") && !contentType.getSubtype().endsWith("+json")
					&& !contentType.getSubtype().equals("graphql");
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		byte[] body = (length > this.maxSize) ? null : request.getInputStream().readNBytes((int) this.maxSize + 1);
		if (body == null || body.length > this.maxSize) {
			// Close rather than read the rest of the body.
			response.setHeader("Connection", "close");
			refuse(response, HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE",
					"The request body is over the limit of " + this.maxSize + " bytes (gba.graphql.max-request-size)");
			return;
		}
		String problem = problem(body);
		if (problem != null) {
			refuse(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST", problem);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** What is wrong with the body, or null. */
	private static @Nullable String problem(byte[] body) {
		if (!isUtf8(body)) {
			return "The request body is not valid JSON in UTF-8";
		}
		JsonNode request;
		try {
			request = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "The request body is not valid JSON in UTF-8";
		}
		if (request == null || !request.isObject()) {
			return "The request body must be a JSON object with a \"query\"";
		}
		for (String name : new String[] { "query", "operationName" }) {
			JsonNode value = request.get(name);
			if (value != null && !value.isNull() && !value.isString()) {
				return "\"" + name + "\" must be a string";
			}
		}
		for (String name : new String[] { "variables", "extensions" }) {
			JsonNode value = request.get(name);
			if (value != null && !value.isNull() && !value.isObject()) {
				return "\"" + name + "\" must be a JSON object";
			}
		}
		return null;
	}

	/**
	 * Whether the body is well-formed UTF-8: Jackson's parser decodes some malformed
	 * sequences instead of refusing them (the overlong {@code C0 A2} becomes a quote that
	 * ends a string), so the bytes are checked by the JDK's strict decoder first, which
	 * refuses overlong forms, encoded surrogates and truncated sequences.
	 */
	private static boolean isUtf8(byte[] body) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			decoder.decode(ByteBuffer.wrap(body));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String code, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON.writeValueAsString(
					Map.of("errors", new Object[] { Map.of("message", message, "extensions", Map.of("code", code)) })));
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
