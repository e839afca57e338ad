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
		@DefaultValue DocumentCache documentCache) {

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

}
