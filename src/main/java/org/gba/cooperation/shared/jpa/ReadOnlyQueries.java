package org.gba.cooperation.shared.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads that need no transaction of their own: each of their statements runs on its own,
 * in autocommit, with one entity manager for the whole method. Within a caller's
 * transaction (a mutation re-reading what it wrote), they join it and see its writes.
 *
 * <p>
 * A read-only transaction would cost three more round trips per statement
 * ({@code SET autocommit=0}, {@code COMMIT}, {@code SET autocommit=1}), and a GraphQL
 * request runs one batch load per field that needs one, so the extra round trips would
 * outnumber the statements (docs/configuration.md, "Settings that keep the per-request
 * work down"). None of these reads needs a snapshot across statements: a page and its
 * {@code totalCount}, for one, are separate requests to the database whatever their
 * transaction.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface ReadOnlyQueries {

}
