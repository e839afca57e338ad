package org.gba.cooperation.shared.search;

import java.util.Locale;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's simple index layout (an index {@code <name>-000001} behind the
 * aliases {@code <name>-read} and {@code <name>-write}) with the names prefixed by
 * {@code gba.search.index-prefix}, so that several deployments (production and staging,
 * or the test suite's application contexts) can share one OpenSearch cluster without
 * touching each other's indexes. Hibernate Search has no prefix setting of its own.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

	private static final String FIRST_INDEX = "-000001";

	private final String prefix;

	PrefixedIndexLayout(String prefix) {
		this.prefix = prefix.toLowerCase(Locale.ROOT);
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return name(hibernateSearchIndexName) + FIRST_INDEX;
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return name(hibernateSearchIndexName) + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return name(hibernateSearchIndexName) + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return name(hibernateSearchIndexName);
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		int suffix = elasticsearchIndexName.lastIndexOf('-');
		return (suffix > 0) ? elasticsearchIndexName.substring(0, suffix) : elasticsearchIndexName;
	}

	private String name(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT);
	}

}
