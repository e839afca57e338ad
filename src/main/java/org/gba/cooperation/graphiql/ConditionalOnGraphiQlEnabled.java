package org.gba.cooperation.graphiql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Present only while {@code gba.graphiql.enabled} is true, its default: the one switch of
 * GraphiQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "gba.graphiql.enabled", matchIfMissing = true)
@interface ConditionalOnGraphiQlEnabled {

}
