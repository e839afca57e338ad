/**
 * JPA plumbing: autocommit reads
 * ({@link org.gba.cooperation.shared.jpa.ReadOnlyQueries}), the child rows of many
 * parents in one statement ({@link org.gba.cooperation.shared.jpa.ChildRows}), the
 * MariaDB-aware dialect resolver and H2's text columns.
 */
@NullMarked
@NamedInterface("jpa")
package org.gba.cooperation.shared.jpa;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
