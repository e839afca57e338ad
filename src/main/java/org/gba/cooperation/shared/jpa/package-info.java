/**
 * JPA plumbing: autocommit reads
 * ({@link org.gba.cooperation.shared.jpa.ReadOnlyQueries}), the child rows of many
 * parents in one statement ({@link org.gba.cooperation.shared.jpa.ChildRows}), the
 * MariaDB-aware dialect resolver, H2's text columns, and the names' sort keys of rows
 * written with SQL ({@link org.gba.cooperation.shared.jpa.NameSortKeyColumns}).
 */
@NullMarked
@NamedInterface("jpa")
package org.gba.cooperation.shared.jpa;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
