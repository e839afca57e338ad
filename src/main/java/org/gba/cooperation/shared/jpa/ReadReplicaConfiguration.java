package org.gba.cooperation.shared.jpa;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Reads on a replica ({@code gba.datasource.replica.url}), writes on the primary
 * ({@code spring.datasource}); without a replica, Spring Boot's one data source as
 * before.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfiguration {

	@Bean
	RecentWriters recentWriters(ReplicaProperties properties, ObjectProvider<SharedRedis> redis) {
		return new RecentWriters(properties.url() != null, properties.readYourWrites(), redis.getIfAvailable());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("gba.datasource.replica.url")
	static class Routing {

		/** The primary's pool, as Spring Boot would make it (spring.datasource.*). */
		@Bean
		@ConfigurationProperties("spring.datasource.hikari")
		HikariDataSource primaryDataSource(DataSourceProperties properties) {
			return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		}

		@Bean
		@Primary
		ReplicaRoutingDataSource dataSource(HikariDataSource primaryDataSource, ReplicaProperties properties,
				RecentWriters writers, ObjectProvider<AccessRules> accessRules) {
			HikariConfig replica = new HikariConfig();
			replica.setPoolName("replica");
			replica.setJdbcUrl(properties.url());
			replica
				.setUsername((properties.username() != null) ? properties.username() : primaryDataSource.getUsername());
			replica
				.setPassword((properties.password() != null) ? properties.password() : primaryDataSource.getPassword());
			// The primary's driver settings (statement caches...), a short wait for a
			// connection, and no failure at start-up: a replica that is down is skipped.
			replica.setDataSourceProperties(primaryDataSource.getDataSourceProperties());
			replica.setConnectionTimeout(properties.connectionTimeout().toMillis());
			replica.setValidationTimeout(properties.connectionTimeout().toMillis());
			replica.setInitializationFailTimeout(-1);
			replica.setMaximumPoolSize(properties.maximumPoolSize());
			replica.setReadOnly(true);
			return new ReplicaRoutingDataSource(primaryDataSource, new HikariDataSource(replica), properties, writers,
					() -> subject(accessRules));
		}

		/**
		 * Starts the replica's lag checks with the application and stops them (and its
		 * pool) at the end, on the routing data source beneath whatever wraps the bean.
		 */
		@Bean
		SmartLifecycle replicaLagChecks(DataSource dataSource) throws SQLException {
			ReplicaRoutingDataSource routing = dataSource.unwrap(ReplicaRoutingDataSource.class);
			return new SmartLifecycle() {

				@Override
				public void start() {
					routing.start();
				}

				@Override
				public void stop() {
					routing.stop();
				}

				@Override
				public boolean isRunning() {
					return routing.isRunning();
				}

				@Override
				public int getPhase() {
					return routing.getPhase();
				}

			};
		}

		private static @Nullable String subject(ObjectProvider<AccessRules> accessRules) {
			AccessRules rules = accessRules.getIfAvailable();
			return (rules != null) ? rules.caller().subject() : null;
		}

	}

}
