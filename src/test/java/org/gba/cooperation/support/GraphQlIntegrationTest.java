package org.gba.cooperation.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test of the real application over HTTP on a random port, with the demo
 * data, on H2 or on MySQL/MariaDB (see {@link TestDatabase}). Extend
 * {@link GraphQlIntegrationTestSupport}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DatabaseAvailableCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "gba.demo-data.enabled=true",
		"spring.flyway.clean-disabled=false",
		// The suite sends thousands of requests as a handful of subjects from one
		// address: budgets
		// no test can empty, so that none is throttled while every response still goes
		// through the
		// rate limit. RateLimitsIT sets its own, small, ones.
		"gba.graphql.rate-limit.anonymous.size=1000000000", "gba.graphql.rate-limit.anonymous.restore-rate=1000000000",
		"gba.graphql.rate-limit.partner.size=1000000000", "gba.graphql.rate-limit.partner.restore-rate=1000000000",
		"gba.graphql.rate-limit.analyst.size=1000000000", "gba.graphql.rate-limit.analyst.restore-rate=1000000000",
		"gba.graphql.rate-limit.coordinator.size=1000000000",
		"gba.graphql.rate-limit.coordinator.restore-rate=1000000000",
		// The suite runs hundreds of named operations in one context: every one keeps its
		// name in the metrics (OperationNamesTest checks the bound).
		"gba.graphql.telemetry.max-operation-names=100000" })
@Import(IntegrationTestConfiguration.class)
public @interface GraphQlIntegrationTest {

}
