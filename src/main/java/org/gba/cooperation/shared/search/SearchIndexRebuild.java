package org.gba.cooperation.shared.search;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the search index right after Flyway has migrated (and after the demo data is
 * loaded), in the same start-up step, when it is missing or was built with an older
 * normal form: after V5 on an existing database, after the demo data, after a change of
 * {@code SearchNormalForm}. The API never serves before its index is complete.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexRebuild implements Callback {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexRebuild.class);

	private final List<SearchSource> sources;

	SearchIndexRebuild(List<SearchSource> sources) {
		this.sources = sources;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			if (!SearchIndexWriter.isCurrent(context.getConnection())) {
				long started = System.nanoTime();
				SearchIndexWriter.rebuild(context.getConnection(), this.sources);
				logger.info("Built the search index of {} in {} ms",
						this.sources.stream().map(SearchSource::kind).toList(),
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not build the search index", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "gba-search-index";
	}

}
