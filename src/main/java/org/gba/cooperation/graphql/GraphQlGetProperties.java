package org.gba.cooperation.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Queries over {@code GET /graphql}, with the GraphQL-over-HTTP parameters {@code query},
 * {@code operationName}, {@code variables} and {@code extensions} (the last two as JSON).
 *
 * @param publicMaxAge how long a shared cache (a CDN, a proxy) may keep an anonymous
 * caller's successful answer ({@code Cache-Control: public, max-age=...}); authenticated
 * answers are never cached ({@code private, no-store}), nor answers with errors
 */
@ConfigurationProperties("gba.graphql.get")
public record GraphQlGetProperties(@DefaultValue("60s") Duration publicMaxAge) {
}
