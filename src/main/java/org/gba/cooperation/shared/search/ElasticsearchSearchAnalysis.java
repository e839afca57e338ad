package org.gba.cooperation.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis}'s analyzers for the Elasticsearch backend (OpenSearch), with the
 * built-in components that match {@link LuceneSearchAnalysis}'s.
 */
public class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("gba_bigrams_and_unigrams").type("cjk_bigram").param("output_unigrams", true);
		context.tokenFilter("gba_prefixes")
			.type("edge_ngram")
			.param("min_gram", 1)
			.param("max_gram", SearchAnalysis.MAX_PREFIX)
			.param("preserve_original", true);
		context.tokenFilter("gba_cut").type("truncate").param("length", SearchAnalysis.MAX_PREFIX);
		context.analyzer(SearchAnalysis.INDEX)
			.custom()
			.tokenizer("standard")
			.tokenFilters("gba_bigrams_and_unigrams", "lowercase", "gba_prefixes");
		context.analyzer(SearchAnalysis.QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_bigram", "lowercase", "gba_cut");
	}

}
