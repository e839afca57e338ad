package org.gba.cooperation.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every GraphQL request is checked against before it runs. A request over a
 * limit is refused as a whole, with a GraphQL error whose {@code extensions.code} names
 * the limit.
 *
 * @param maxDocumentSize the largest GraphQL document accepted, in UTF-8 bytes, checked
 * before the document is parsed ({@code DOCUMENT_TOO_LARGE})
 * @param maxTokens the most grammar tokens (names, punctuation, values; not whitespace or
 * comments) a document may have; the parser stops at the limit ({@code TOO_MANY_TOKENS})
 * @param maxDepth the deepest nesting of fields, counted through fragments and inline
 * fragments; a root field is at depth 1 ({@code QUERY_TOO_DEEP})
 * @param maxAliases the most aliased fields in a document ({@code TOO_MANY_ALIASES})
 * @param maxDirectives the most directives in a document ({@code TOO_MANY_DIRECTIVES})
 * @param maxRootFields the most fields at the top level of an operation
 * ({@code TOO_MANY_ROOT_FIELDS})
 * @param maxCost the highest query cost accepted, computed before execution: each
 * connection costs 1 and multiplies what is under it by its {@code first} or {@code last}
 * (20 when neither is given), each other object or list field costs 1, or the weight its
 * schema gives it with {@code @cost} (each statistic: 50, {@code crossBorderPairs} 100),
 * scalars cost nothing ({@code QUERY_TOO_COSTLY})
 */
@ConfigurationProperties("gba.graphql.limits")
public record GraphQlLimitsProperties(@DefaultValue("20KB") DataSize maxDocumentSize,
		@DefaultValue("2000") int maxTokens, @DefaultValue("15") int maxDepth, @DefaultValue("30") int maxAliases,
		@DefaultValue("50") int maxDirectives, @DefaultValue("20") int maxRootFields,
		@DefaultValue("50000") long maxCost) {
}
