/**
 * The search index behind every connection's {@code search:} filter: script-, width-,
 * case- and accent-insensitive, looked up by character pairs instead of scanning the
 * tables.
 */
@NullMarked
@NamedInterface("search")
package org.gba.cooperation.shared.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
