/**
 * JPA plumbing: autocommit reads
 * ({@link org.gba.cooperation.shared.jpa.ReadOnlyQueries}), the child rows of many
 * parents in one statement ({@link org.gba.cooperation.shared.jpa.ChildRows}), the
 * MariaDB-aware dialect resolver, H2's text columns, the names' sort keys of rows written
 * with SQL ({@link org.gba.cooperation.shared.jpa.NameSortKeyColumns}), and reads on a
 * replica ({@code gba.datasource.replica.*}: the routing data source,
 * {@link org.gba.cooperation.shared.jpa.RecentWriters} for read-your-writes,
 * {@link org.gba.cooperation.shared.jpa.PrimaryReads} for reads that must see the latest
 * commit).
 */
@NullMarked
@NamedInterface("jpa")
package org.gba.cooperation.shared.jpa;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
