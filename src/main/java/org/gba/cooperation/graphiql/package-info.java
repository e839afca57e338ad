/**
 * GraphiQL for analysts: the page at {@code /graphiql}, whose every asset the application
 * serves itself (GraphiQL and React from WebJars, the page's own script), so that it
 * works with no internet access; and the example operations shipped under
 * {@code classpath:graphiql/examples/}, listed at {@code /graphiql/examples}.
 */
@NullMarked
@ApplicationModule(displayName = "GraphiQL", allowedDependencies = {})
package org.gba.cooperation.graphiql;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
