/** Guangdong-Hong Kong-Macao joint laboratories and their member institutions. */
@NullMarked
@ApplicationModule(displayName = "Joint labs", allowedDependencies = { "live", "organizations", "reference", "shared",
		"shared::jpa", "shared::paging", "shared::search", "writes" })
package org.gba.cooperation.labs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
