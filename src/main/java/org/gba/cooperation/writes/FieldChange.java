package org.gba.cooperation.writes;

import org.jspecify.annotations.Nullable;

/**
 * A field's value before and after a change, as text: the GraphQL type
 * {@code FieldChange}.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
