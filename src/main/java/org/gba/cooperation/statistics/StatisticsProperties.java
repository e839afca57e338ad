package org.gba.cooperation.statistics;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the statistics are computed ({@code gba.statistics.*}; docs/statistics.md).
 *
 * @param source {@code index} (the default: aggregations of the search index, in
 * milliseconds at any size; exact at commit with the embedded Lucene index, at most a
 * second or so behind with OpenSearch) or {@code database} ({@code GROUP BY} statements
 * on the tables, exact at commit on every instance, in seconds at a decade of data)
 */
@ConfigurationProperties("gba.statistics")
public record StatisticsProperties(@Nullable Source source) {

	boolean fromDatabase() {
		return this.source == Source.DATABASE;
	}

	/** Where the statistics are computed. */
	public enum Source {

		/** The search index's aggregations. */
		INDEX,

		/** The database's {@code GROUP BY}. */
		DATABASE

	}

}
