package org.gba.cooperation.shared.bulkhead;

import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compartments of heavy work, checked against the connection pool, with their
 * metrics: {@code gba.bulkhead.active}, {@code gba.bulkhead.queued} (gauges) and
 * {@code gba.bulkhead.rejected} (a counter), each tagged {@code kind} ({@code query},
 * {@code export}).
 */
@Configuration(proxyBeanMethods = false)
class BulkheadConfiguration {

	@Bean
	Bulkheads bulkheads(BulkheadProperties properties, DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
		int pool = poolSize(dataSource);
		int heavy = properties.concurrent() + properties.exports().maxConcurrent();
		if (pool > 0 && heavy >= pool) {
			throw new IllegalStateException("gba.bulkhead.max-concurrent (" + properties.concurrent()
					+ ") and gba.bulkhead.exports.max-concurrent (" + properties.exports().maxConcurrent()
					+ ") together must be less than the connection pool's size (" + pool
					+ ", spring.datasource.hikari.maximum-pool-size), so that light requests always find a connection");
		}
		Bulkheads bulkheads = new Bulkheads(properties);
		meters.ifAvailable((registry) -> register(registry, bulkheads));
		return bulkheads;
	}

	private static void register(MeterRegistry registry, Bulkheads bulkheads) {
		for (HeavyWork kind : HeavyWork.values()) {
			String tag = kind.name().toLowerCase(Locale.ROOT);
			Gauge.builder("gba.bulkhead.active", bulkheads, (b) -> b.active(kind))
				.description("Heavy work running in its compartment")
				.tag("kind", tag)
				.register(registry);
			Gauge.builder("gba.bulkhead.queued", bulkheads, (b) -> b.queued(kind))
				.description("Heavy work waiting for a place in its compartment")
				.tag("kind", tag)
				.register(registry);
			FunctionCounter.builder("gba.bulkhead.rejected", bulkheads, (b) -> b.rejected(kind))
				.description("Heavy work refused as OVERLOADED")
				.tag("kind", tag)
				.register(registry);
		}
	}

	private static int poolSize(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class)
					? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() : 0;
		}
		catch (SQLException ex) {
			return 0;
		}
	}

}
