/**
 * Pages, look-ups by ID and aggregates over the records a caller may read
 * ({@link org.gba.cooperation.shared.paging.VisibleRecords}), with keyset cursors.
 */
@NullMarked
@NamedInterface("paging")
package org.gba.cooperation.shared.paging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
