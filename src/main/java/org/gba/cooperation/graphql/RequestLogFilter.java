package org.gba.cooperation.graphql;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request to the public port, when its response is complete (after the
 * last event of a stream): method, path, status, duration, and for GraphQL the operation,
 * the caller's subject (never its token), the cost and the error codes, with the trace
 * id; in the {@code mysql} profile as JSON (Spring Boot's structured logging, ECS), each
 * as a field of its own. Nothing a client sent is logged but a well-formed operation
 * name: no variables, no document, no header. Every response also carries its trace in a
 * {@code traceresponse} header (W3C Trace Context, level 2), whether or not the trace is
 * recorded. GraphiQL's own files are not logged. Hand-written: Tomcat's access log knows
 * nothing of GraphQL, and Spring's observation of HTTP requests makes metrics and spans,
 * not log lines.
 */
final class RequestLogFilter extends OncePerRequestFilter {

	/**
	 * The logger of the request log ({@code logging.level.gba.requests=warn} stops it).
	 */
	static final String LOGGER = "gba.requests";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private final @Nullable Tracer tracer;

	RequestLogFilter(@Nullable Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/graphiql/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		RequestRecord record = new RequestRecord();
		request.setAttribute(RequestRecord.ATTRIBUTE, record);
		TraceContext trace = (this.tracer != null) ? this.tracer.currentTraceContext().context() : null;
		String traceId = (trace != null) ? trace.traceId() : null;
		if (trace != null) {
			response.setHeader("traceresponse", "00-" + trace.traceId() + "-" + trace.spanId() + "-"
					+ (Boolean.TRUE.equals(trace.sampled()) ? "01" : "00"));
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			WhenComplete.run(request, () -> written(request, response, started, record, traceId));
		}
	}

	private static void written(HttpServletRequest request, HttpServletResponse response, long started,
			RequestRecord record, @Nullable String traceId) {
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		write(log, request.getMethod(), request.getRequestURI(), response.getStatus(), millis, record, traceId);
	}

	/**
	 * Writes the line: a sentence for people, and the same facts as key-value pairs,
	 * which the structured (JSON) formats turn into fields.
	 */
	static void write(Logger logger, String method, String path, @Nullable Integer status, @Nullable Long millis,
			@Nullable RequestRecord record, @Nullable String traceId) {
		if (!logger.isInfoEnabled()) {
			return;
		}
		StringBuilder message = new StringBuilder(method).append(' ').append(path);
		LoggingEventBuilder line = logger.atInfo()
			.addKeyValue("http.request.method", method)
			.addKeyValue("url.path", path);
		if (status != null) {
			message.append(' ').append(status);
			line = line.addKeyValue("http.response.status_code", status);
		}
		if (millis != null) {
			message.append(" in ").append(millis).append(" ms");
			line = line.addKeyValue("event.duration_ms", millis);
		}
		if (record != null && record.graphql) {
			String operation = (record.operationName != null) ? record.operationName : OperationNames.ANONYMOUS;
			String type = (record.operationType != null) ? record.operationType : "unknown";
			String subject = (record.subject != null) ? record.subject : "anonymous";
			message.append(": ")
				.append((record.operationType != null) ? type + " " + operation : "not run")
				.append(" by ")
				.append(subject);
			line = line.addKeyValue("graphql.operation.name", operation)
				.addKeyValue("graphql.operation.type", type)
				.addKeyValue("user.id", subject);
			if (record.requestedCost != null) {
				message.append(", cost ").append(record.requestedCost).append('/').append(record.actualCost);
				line = line.addKeyValue("graphql.cost.requested", record.requestedCost)
					.addKeyValue("graphql.cost.actual", record.actualCost);
			}
			if (!record.errorCodes.isEmpty()) {
				message.append(", errors ").append(String.join(",", record.errorCodes));
				line = line.addKeyValue("graphql.error.codes", String.join(",", record.errorCodes));
			}
		}
		if (traceId != null) {
			message.append(" [trace ").append(traceId).append(']');
			line = line.addKeyValue("trace.id", traceId);
		}
		line.log(message.toString());
	}

}
