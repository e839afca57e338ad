/**
 * Shared kernel: global IDs, keyset pagination, localised text, money, jurisdictions and
 * the base entity. Every module may use its top-level types; its sub-packages are named
 * interfaces ({@code shared::access}, {@code shared::paging}, {@code shared::jpa},
 * {@code shared::search}) that a module lists in its {@code allowedDependencies} when it
 * uses them, and {@code shared.text} is internal.
 */
@NullMarked
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.gba.cooperation.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
