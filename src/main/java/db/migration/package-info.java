/**
 * Flyway's Java migrations, for the changes SQL cannot make (beside the SQL ones in
 * {@code src/main/resources/db/migration}); Flyway finds them on the class path by their
 * names, {@code V<n>__<description>}.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
