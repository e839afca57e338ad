package org.gba.cooperation.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings from {@link SearchProperties}: the backend, where its index
 * is, and when a write is searchable.
 * <ul>
 * <li>Lucene: documents are written and the index refreshed before the transaction's
 * commit returns ({@code sync}), so that a record written is found by the next search,
 * and the mutation's answer comes after that.</li>
 * <li>OpenSearch: each instance writes its changes into an outbox table in the same
 * transaction as the records ({@code outbox-polling}); the instances' agents index them
 * in the background, each document by exactly one agent, within the polling interval of
 * the commit. A write is found by every instance's searches within a second or so.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	/** How often OpenSearch makes indexed documents visible (the index settings file). */
	static final Duration REFRESH_INTERVAL = Duration.ofMillis(300);

	/**
	 * How often each instance reads the outbox when {@code gba.search.polling-interval}
	 * is not set.
	 */
	static final Duration DEFAULT_POLLING_INTERVAL = Duration.ofMillis(100);

	@Bean
	HibernatePropertiesCustomizer searchSettings(SearchProperties search) {
		return (properties) -> properties.putAll(settings(search));
	}

	static Map<String, Object> settings(SearchProperties search) {
		if (search.isOpenSearch()) {
			List<String> uris = (search.uris() != null) ? search.uris().stream().map(Object::toString).toList()
					: List.of("http://127.0.0.1:9200");
			Map<String, Object> settings = new HashMap<>();
			settings.put("hibernate.search.backend.type", "elasticsearch");
			settings.put("hibernate.search.backend.uris", String.join(",", uris));
			settings.put("hibernate.search.backend.version",
					"opensearch:" + ((search.opensearchVersion() != null) ? search.opensearchVersion() : "2.19"));
			settings.put("hibernate.search.backend.version_check.enabled", "false");
			settings.put("hibernate.search.backend.analysis.configurer", ElasticsearchSearchAnalysis.class.getName());
			settings.put("hibernate.search.backend.layout.strategy", BeanReference
				.ofInstance(new PrefixedIndexLayout((search.indexPrefix() != null) ? search.indexPrefix() : "gba-")));
			settings.put("hibernate.search.schema_management.strategy", "create-or-update");
			// Indexed documents become searchable at the next refresh: every 300 ms
			// (REFRESH_INTERVAL) rather than OpenSearch's 1 s, so that a write is found
			// on every instance well within 2 s (docs/search.md#writes).
			settings.put("hibernate.search.backend.schema_management.settings_file",
					"search/opensearch-index-settings.json");
			settings.put("hibernate.search.coordination.strategy", "outbox-polling");
			settings.put("hibernate.search.coordination.event_processor.polling_interval",
					String.valueOf((search.pollingInterval() != null) ? search.pollingInterval().toMillis()
							: DEFAULT_POLLING_INTERVAL.toMillis()));
			// UUIDs as text: the same column type (CHAR(36)) on H2, MySQL and MariaDB
			// (V7); the agents' UUIDs are text by default.
			settings.put("hibernate.search.coordination.entity.mapping.outboxevent.uuid_type", "CHAR");
			return settings;
		}
		// The Lucene version whose analysis the index was built with, pinned so that a
		// Lucene upgrade does not change it silently (a new one bumps
		// SearchIndexing.INDEX_VERSION).
		return Map.of("hibernate.search.backend.type", "lucene", "hibernate.search.backend.lucene_version", "9.12.0",
				"hibernate.search.backend.directory.root", directory(search).toString(),
				"hibernate.search.backend.analysis.configurer", LuceneSearchAnalysis.class.getName(),
				"hibernate.search.indexing.plan.synchronization.strategy", "sync");
	}

	private static Path directory(SearchProperties search) {
		if (search.directory() != null) {
			return search.directory().toAbsolutePath();
		}
		try {
			Path temporary = Files.createTempDirectory("gba-search-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(temporary)));
			return temporary;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the search index's temporary directory", ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// Left in the temporary directory, which the system cleans.
		}
	}

}
