package org.gba.cooperation.shared.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives ({@code gba.search.*}; docs/search.md).
 *
 * @param backend {@code lucene} (the default: an index in a local directory, for one
 * instance) or {@code opensearch} (an Elasticsearch/OpenSearch cluster shared by several
 * instances, which coordinate their indexing through an outbox table in the database)
 * @param directory the Lucene index's directory; a new temporary directory, deleted on
 * exit, when not set (the embedded default, whose database is in memory too)
 * @param uris the cluster's addresses, e.g. {@code http://127.0.0.1:9200}
 * @param opensearchVersion the cluster's version, e.g. {@code 2.19}
 * @param indexOnStart whether the application builds the index at start-up when it is
 * missing or outdated (its documents are counted against the records) before it serves
 * @param pollingInterval how often each instance looks for other instances' writes in the
 * outbox ({@code opensearch} only)
 */
@ConfigurationProperties("gba.search")
public record SearchProperties(@Nullable String backend, @Nullable Path directory, @Nullable List<URI> uris,
		@Nullable String opensearchVersion, @Nullable Boolean indexOnStart, @Nullable Duration pollingInterval,
		@Nullable String indexPrefix) {

	public boolean isOpenSearch() {
		return "opensearch".equalsIgnoreCase(this.backend);
	}

	public boolean indexesOnStart() {
		return this.indexOnStart == null || this.indexOnStart;
	}

}
