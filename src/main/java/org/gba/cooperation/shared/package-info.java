/**
 * Shared kernel: global IDs, keyset pagination, localised text, money, jurisdictions and the base
 * entity. Open to every module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.gba.cooperation.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
