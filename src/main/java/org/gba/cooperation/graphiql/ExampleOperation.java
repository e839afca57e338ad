package org.gba.cooperation.graphiql;

/**
 * A ready-made operation for analysts, from a {@code .graphql} file under
 * {@code classpath:graphiql/examples/}.
 *
 * @param name the file name without {@code .graphql}, e.g.
 * {@code joint-labs-with-members}
 * @param title what the operation answers: the file's first line, a {@code #} comment,
 * without the {@code #}; the name when the file does not start with a comment
 * @param operationType {@code query}, {@code mutation} or {@code subscription}: the type
 * of the file's first operation
 * @param document the whole file, comments included, as GraphiQL shows it
 */
record ExampleOperation(String name, String title, String operationType, String document) {
}
