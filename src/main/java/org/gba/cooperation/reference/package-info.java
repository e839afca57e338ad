/** Reference data: the cities and the sectors every other module points to. */
@NullMarked
@ApplicationModule(displayName = "Reference data",
		allowedDependencies = { "shared", "shared::jpa", "shared::paging", "writes" })
package org.gba.cooperation.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
