package org.gba.cooperation.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * An integration test of behaviour no database changes: the HTTP protocol, tokens,
 * request limits, rate limits, persisted queries, introspection, GraphiQL, messages. The
 * build runs it once, on H2, not again on MySQL/MariaDB (the failsafe execution
 * {@code integration-tests-mysql} excludes its tag), as the same code answers on both. A
 * test whose answer depends on SQL (collations, locks, time-outs, types, LIKE) must not
 * carry it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {

	String TAG = "database-independent";

}
