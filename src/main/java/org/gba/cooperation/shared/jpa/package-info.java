/**
 * JPA plumbing: autocommit reads
 * ({@link org.gba.cooperation.shared.jpa.ReadOnlyQueries}), the MariaDB-aware dialect
 * resolver and H2's text columns.
 */
@NullMarked
@NamedInterface("jpa")
package org.gba.cooperation.shared.jpa;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
