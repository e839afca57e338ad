package org.gba.cooperation.bench;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the {@code bench} profile only: the application's data source is wrapped so that
 * every statement is counted, and every request served is counted too (see
 * {@link BenchMetricsController}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(BenchApplication.PROFILE)
class BenchMetricsConfiguration {

	@Bean
	static BenchMetrics benchMetrics() {
		return new BenchMetrics();
	}

	@Bean
	static BeanPostProcessor benchCountingDataSource(ObjectProvider<BenchMetrics> metrics) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof CountedDataSource)) {
					return new CountedDataSource(ProxyDataSourceBuilder.create(dataSource)
						.name("bench")
						.listener(metrics.getObject())
						.build());
				}
				return bean;
			}
		};
	}

	/**
	 * The counting proxy, under a type of its own: another wrapper of the data source
	 * (the test suite's statement counter skips data sources that already are a
	 * {@code ProxyDataSource}) still wraps it, whichever comes first, and both count.
	 */
	static final class CountedDataSource extends DelegatingDataSource {

		CountedDataSource(DataSource counted) {
			super(counted);
		}

	}

	/** Counts each request once it is served; the metrics' own requests are left out. */
	@Bean
	OncePerRequestFilter benchRequestCounter(BenchMetrics metrics) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				finally {
					metrics.requestServed();
				}
			}

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return request.getRequestURI().startsWith(BenchMetricsController.PATH);
			}
		};
	}

}
