package org.gba.cooperation.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the integration suite adds to the real application: a statement counter and a
 * clean database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.listener(counter.getObject())
						.build();
				}
				return bean;
			}
		};
	}

	/**
	 * Every run starts from an empty schema, so the MySQL run does not depend on what an
	 * earlier one left.
	 */
	@Bean
	FlywayMigrationStrategy cleanMigrateStrategy() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
