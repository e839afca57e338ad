package org.gba.cooperation.shared;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * The language and display currency a request asked for: from the operation's
 * {@code @inContext(language:, currency:)} directive, else the {@code Accept-Language}
 * header, else the configured default. The graphql module resolves it once per request
 * and keeps it in the {@link GraphQLContext} under {@link #CONTEXT_KEY}; every data
 * fetcher reads it with {@link #of}.
 *
 * @param language the language of single-language fields ({@code name},
 * {@code description}, ...)
 * @param currency the currency amounts are shown in by default; null keeps each amount's
 * own currency
 */
public record InContext(Language language, @Nullable CurrencyCode currency) {

	/** The key of the request's {@code InContext} in the {@link GraphQLContext}. */
	public static final String CONTEXT_KEY = InContext.class.getName();

	/**
	 * What a request gets when nothing chose otherwise (and outside GraphQL requests).
	 */
	public static final InContext DEFAULT = new InContext(Language.EN, null);

	/** The request's context, or {@link #DEFAULT} when none was resolved. */
	public static InContext of(GraphQLContext context) {
		return context.getOrDefault(CONTEXT_KEY, DEFAULT);
	}

}
