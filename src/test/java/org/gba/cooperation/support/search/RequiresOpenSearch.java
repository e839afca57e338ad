package org.gba.cooperation.support.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that talks to the OpenSearch node itself ({@link OpenSearchTestNode#url()}), so
 * runs only in the failsafe execution {@code integration-tests-opensearch} (Maven profile
 * {@code opensearch}), which runs the tests tagged {@value #SEARCH_TAG}. The executions
 * on H2 and MySQL/MariaDB leave out its tag {@value #TAG}: there is no node there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(RequiresOpenSearch.SEARCH_TAG)
@Tag(RequiresOpenSearch.TAG)
public @interface RequiresOpenSearch {

	/** The tag of the tests the OpenSearch execution runs. */
	String SEARCH_TAG = "search";

	/** The tag of the tests that need the node itself. */
	String TAG = "opensearch";

}
