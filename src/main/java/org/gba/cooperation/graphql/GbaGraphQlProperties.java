package org.gba.cooperation.graphql;

import org.gba.cooperation.shared.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the GraphQL layer.
 *
 * @param defaultLanguage the language of a request that chooses none (no
 * {@code @inContext(language:)} directive, no {@code Accept-Language} header naming a
 * language the API keeps): of the single-language fields ({@code name},
 * {@code description}, {@code title}, {@code venue}) and of messages; the
 * {@code names}-style fields always carry every language
 * @param documentCache the parsed and validated documents kept, so that a document sent
 * again is neither parsed nor validated again
 */
@ConfigurationProperties("gba.graphql")
public record GbaGraphQlProperties(@DefaultValue("EN") Language defaultLanguage,
		@DefaultValue DocumentCache documentCache, @DefaultValue Telemetry telemetry) {

	/**
	 * The cache of parsed and validated documents.
	 *
	 * @param maxCharacters the most text of the documents kept (a parsed document's
	 * memory grows with its text; a typical partner's query is 1-3 KB, so the default
	 * keeps about a thousand); the least used go first when it is full ({@code 0}: none
	 * is kept)
	 */
	public record DocumentCache(@DefaultValue("2000000") long maxCharacters) {
	}

	/**
	 * Metrics and logs of requests (docs/operations.md).
	 *
	 * @param maxOperationNames the most operation names an instance labels its metrics
	 * with, the first it runs (in {@code trusted-only} mode: the manifest's operations,
	 * and no other); any other operation, and one without a name, is counted as
	 * {@code anonymous}, so that clients cannot make the metrics grow without end
	 * @param requestLog whether each request to the public port writes a line to the log
	 * {@code gba.requests}
	 */
	public record Telemetry(@DefaultValue("100") int maxOperationNames, @DefaultValue("true") boolean requestLog) {
	}

}
