package org.gba.cooperation.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * {@link SearchAnalysis}'s analyzers for the Lucene backend (named in
 * {@code hibernate.search.backend.analysis.configurer}).
 */
public class LuceneSearchAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchAnalysis.INDEX)
			.custom()
			.tokenizer("standard")
			.tokenFilter("cjkBigram")
			.param("outputUnigrams", "true")
			.tokenFilter("lowercase")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", String.valueOf(SearchAnalysis.MAX_PREFIX))
			.param("preserveOriginal", "true");
		context.analyzer(SearchAnalysis.QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("cjkBigram")
			.tokenFilter("lowercase")
			.tokenFilter("truncate")
			.param("prefixLength", String.valueOf(SearchAnalysis.MAX_PREFIX));
	}

}
