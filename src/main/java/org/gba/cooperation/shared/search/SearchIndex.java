package org.gba.cooperation.shared.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gba.cooperation.shared.text.ChineseScripts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the records: every mutation refreshes the index of
 * the record it wrote, in its own transaction (after Hibernate has flushed the change).
 */
@Component
public class SearchIndex implements SmartInitializingSingleton {

	private final Map<String, SearchSource> sources;

	private final JdbcTemplate jdbc;

	SearchIndex(List<SearchSource> sources, JdbcTemplate jdbc) {
		this.sources = sources.stream().collect(Collectors.toMap(SearchSource::kind, Function.identity()));
		this.jdbc = jdbc;
	}

	/**
	 * Indexes the record anew if it is of a searchable kind and its texts changed; must
	 * run in the write's transaction, after the change was flushed.
	 */
	public void refresh(String kind, long id) {
		SearchSource source = this.sources.get(kind);
		if (source != null) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				SearchIndexWriter.refresh(connection, source, id);
				return null;
			});
		}
	}

	/** Loads the script dictionaries before the first request needs them. */
	@Override
	public void afterSingletonsInstantiated() {
		ChineseScripts.warmUp();
	}

}
