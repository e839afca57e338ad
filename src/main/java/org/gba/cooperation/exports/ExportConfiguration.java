package org.gba.cooperation.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.gba.cooperation.graphql.GraphQlLimitsProperties;
import org.gba.cooperation.graphql.ratelimit.BackgroundBudgets;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.bulkhead.Bulkheads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beans of bulk exports: the table, the workers, the signed links and the recovery of
 * exports whose instance stopped.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ExportConfiguration.class);

	@Bean
	ExportStore exportStore(DataSource dataSource, Clock clock) {
		return new ExportStore(JdbcClient.create(dataSource), clock, UUID.randomUUID().toString());
	}

	@Bean
	ExportLinks exportLinks(ExportProperties properties, Clock clock) {
		if (properties.signingKey() == null) {
			logger.info("Bulk export links are signed with a key of this start (gba.export.signing-key not set): "
					+ "they work on this instance only, until it stops");
		}
		return new ExportLinks(properties.signingKey(), clock);
	}

	@Bean(destroyMethod = "")
	ExportDirectory exportDirectory(ExportProperties properties) throws IOException {
		if (properties.directory() != null) {
			Files.createDirectories(properties.directory());
			return new ExportDirectory(properties.directory(), false);
		}
		return new ExportDirectory(Files.createTempDirectory("gba-exports-"), true);
	}

	@Bean(destroyMethod = "shutdown")
	BulkExports bulkExports(ExportProperties properties, ExportStore store, ExecutionGraphQlService graphQl,
			AccessRules accessRules, BackgroundBudgets budgets, GraphQlSource graphQlSource,
			GraphQlLimitsProperties limits, Clock clock, ExportDirectory directory, ExportLinks links,
			Bulkheads bulkheads) {
		return new BulkExports(properties, store, new ExportPages(graphQl), accessRules, budgets, graphQlSource, limits,
				clock, directory.path(), links, bulkheads);
	}

	@Bean(destroyMethod = "stop")
	ExportRecovery exportRecovery(ExportStore store, BulkExports exports, ExportProperties properties, Clock clock) {
		return new ExportRecovery(store, exports, properties, clock);
	}

	/**
	 * Where export files go; a temporary directory, deleted with what it holds when the
	 * application stops, unless {@code gba.export.directory} names one.
	 */
	record ExportDirectory(Path path, boolean temporary) implements DisposableBean {

		@Override
		public void destroy() {
			if (!this.temporary) {
				return;
			}
			try (Stream<Path> files = Files.walk(this.path)) {
				files.sorted(Comparator.reverseOrder()).forEach(BulkExports::deleteQuietly);
			}
			catch (IOException | UncheckedIOException ex) {
				logger.warn("Could not delete the export directory {}", this.path, ex);
			}
		}

	}

}
