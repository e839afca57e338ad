package org.gba.cooperation.graphiql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GraphiQL settings.
 *
 * @param enabled whether the application serves GraphiQL at {@code /graphiql}, its page
 * script and the example operations at {@code /graphiql/examples}. On by default, in
 * production too: the page holds no data, and what it shows depends on the token the
 * analyst pastes into it
 */
@ConfigurationProperties("gba.graphiql")
public record GraphiQlProperties(@DefaultValue("true") boolean enabled) {
}
