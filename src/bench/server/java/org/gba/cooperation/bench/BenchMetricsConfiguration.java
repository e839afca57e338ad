package org.gba.cooperation.bench;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the {@code bench} profile only: the application's data source is wrapped so that
 * every statement is counted, and every request served is counted too (see
 * {@link BenchMetricsController}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(BenchApplication.PROFILE)
class BenchMetricsConfiguration {

	/**
	 * Counts every statement: the application's data source is already wrapped by
	 * datasource-micrometer (a datasource-proxy {@code ProxyDataSource}, for the spans of
	 * SQL statements), which hands each statement to every {@code QueryExecutionListener}
	 * bean, this one included.
	 */
	@Bean
	static BenchMetrics benchMetrics() {
		return new BenchMetrics();
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
