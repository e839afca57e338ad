package org.gba.cooperation.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of itself the endpoint shows, and how long it works for one request.
 *
 * @param introspection who may introspect the schema: {@code all}, {@code authenticated}
 * or {@code none}; a refused introspection is answered with {@code extensions.code}
 * {@code INTROSPECTION_DISABLED}, and the error messages of such a caller carry no
 * suggestions of field or type names
 * @param timeout the longest a request may execute; no field is fetched after it, and the
 * request is answered with {@code extensions.code} {@code TIMEOUT} and no data. A single
 * SQL statement is bounded separately, by
 * {@code spring.jpa.properties.jakarta.persistence.query.timeout}, which should stay a
 * little below this
 * @param maxRequestSize the largest JSON request body accepted at {@code /graphql}; a
 * larger one is answered HTTP 413, code {@code REQUEST_TOO_LARGE}, and not read further.
 * It bounds the variables, which the document size limit does not
 */
@ConfigurationProperties("gba.graphql")
public record GraphQlEndpointProperties(@DefaultValue("authenticated") IntrospectionAccess introspection,
		@DefaultValue("10s") Duration timeout, @DefaultValue("256KB") DataSize maxRequestSize) {
}
