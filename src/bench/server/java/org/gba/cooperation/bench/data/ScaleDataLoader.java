package org.gba.cooperation.bench.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.gba.cooperation.bench.BenchApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Generates the scale data at start-up, in the {@code bench} profile when
 * {@code gba.bench.data.scale-factor} is set: after Flyway has migrated, before the API
 * serves, into a database without organisations (one that already has them, e.g. from an
 * earlier run, is left alone, so restarting the benchmark reuses its data). Logs the rows
 * per table and per second.
 */
@Component
@Profile(BenchApplication.PROFILE)
@ConditionalOnProperty("gba.bench.data.scale-factor")
class ScaleDataLoader implements InitializingBean, ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ScaleDataLoader.class);

	private static final BigDecimal MAX_SCALE_FACTOR = BigDecimal.valueOf(100);

	private final DataSource dataSource;

	private final ScaleDataProperties properties;

	/** The migrations are run first: the generator writes into the schema they create. */
	ScaleDataLoader(DataSource dataSource, ScaleDataProperties properties, FlywayMigrationInitializer migrated) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		BigDecimal scaleFactor = this.properties.scaleFactor();
		if (scaleFactor == null || scaleFactor.signum() <= 0 || scaleFactor.compareTo(MAX_SCALE_FACTOR) > 0) {
			throw new IllegalStateException(
					"gba.bench.data.scale-factor must be a number above 0 and at most 100, not " + scaleFactor);
		}
		if (this.properties.batchSize() < 1) {
			throw new IllegalStateException("gba.bench.data.batch-size must be at least 1");
		}
		try (Connection connection = this.dataSource.getConnection()) {
			if (!ScaleDataGenerator.isEmpty(connection)) {
				logger.info("Scale data requested, but the database already holds organisations: not generated again");
				return;
			}
			logger.info("Generating scale data: scale factor {}, seed {}", scaleFactor.toPlainString(),
					this.properties.seed());
			long started = System.nanoTime();
			ScaleDataGenerator.Generated generated;
			try {
				generated = ScaleDataGenerator.generate(connection, scaleFactor, this.properties.seed(),
						this.properties.batchSize());
			}
			finally {
				connection.setAutoCommit(true);
			}
			logger.info(report(generated, System.nanoTime() - started));
		}
	}

	/** Stops the application of a generate-only run ({@code gba.bench.data.exit}). */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.properties.exit()) {
			logger.info("gba.bench.data.exit=true: stopping");
			System.exit(SpringApplication.exit(event.getApplicationContext()));
		}
	}

	/** The rows per table, their total, the time taken and the rows per second. */
	static String report(ScaleDataGenerator.Generated generated, long nanos) {
		StringBuilder report = new StringBuilder("Generated the scale data (table, rows, seconds in its INSERTs):\n");
		for (Map.Entry<String, Long> table : generated.rows().entrySet()) {
			report.append(String.format("  %-22s %,12d rows %8.1f s%n", table.getKey(), table.getValue(),
					generated.insertNanos().getOrDefault(table.getKey(), 0L) / 1e9));
		}
		double seconds = nanos / 1e9;
		report.append(String.format("  %-22s %,12d rows in %.1f s: %,.0f rows/s", "total", generated.total(), seconds,
				generated.total() / Math.max(seconds, 1e-9)));
		return report.toString();
	}

}
