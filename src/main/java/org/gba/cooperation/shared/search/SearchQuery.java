package org.gba.cooperation.shared.search;

import java.util.List;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.text.SearchNormalForm;
import org.jspecify.annotations.Nullable;

/**
 * A connection's {@code search:} text, in the index's normal form: the records of a kind
 * that contain it are those with all its grams in {@code search_token} (found through the
 * index on {@code (entity_type, token, entity_id)}) and one normal text containing it.
 */
public final class SearchQuery {

	/** Longest accepted {@code search} text. */
	public static final int MAX_LENGTH = 100;

	private static final char LIKE_ESCAPE = '!';

	private final List<String> grams;

	private final String pattern;

	private SearchQuery(String normal) {
		this.grams = List.copyOf(SearchNormalForm.queryGrams(normal));
		this.pattern = likePattern(normal);
	}

	/** The query; null when the text is absent or blank (no condition). */
	public static @Nullable SearchQuery of(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > MAX_LENGTH) {
			throw new InvalidInputException(LocalizedMessage.of("search.tooLong", MAX_LENGTH));
		}
		String normal = SearchNormalForm.of(text);
		return normal.isEmpty() ? null : new SearchQuery(normal);
	}

	/** The record of the given kind whose ID is {@code id} contains the query. */
	public Predicate matches(String kind, Expression<Long> id, CommonAbstractCriteria query, CriteriaBuilder cb) {
		Subquery<Long> candidates = query.subquery(Long.class);
		Root<SearchToken> token = candidates.from(SearchToken.class);
		candidates.select(token.get(SearchToken_.entityId))
			.where(cb.equal(token.get(SearchToken_.entityType), kind), token.get(SearchToken_.token).in(this.grams))
			.groupBy(token.get(SearchToken_.entityId))
			.having(cb.equal(cb.countDistinct(token.get(SearchToken_.token)), (long) this.grams.size()));
		Subquery<Long> confirmed = query.subquery(Long.class);
		Root<SearchText> text = confirmed.from(SearchText.class);
		confirmed.select(text.get(SearchText_.entityId))
			.where(cb.equal(text.get(SearchText_.entityType), kind), cb.equal(text.get(SearchText_.entityId), id),
					cb.like(text.get(SearchText_.normalText), this.pattern, LIKE_ESCAPE));
		return cb.and(id.in(candidates), cb.exists(confirmed));
	}

	private static String likePattern(String normal) {
		StringBuilder pattern = new StringBuilder("%");
		for (char c : normal.toCharArray()) {
			if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
				pattern.append(LIKE_ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

}
