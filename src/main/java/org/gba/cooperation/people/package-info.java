/** People: the talent of talent arrangements. Their contact details are personal data. */
@NullMarked
@ApplicationModule(displayName = "People", allowedDependencies = { "organizations", "reference", "shared",
		"shared::access", "shared::jpa", "shared::paging", "shared::search", "writes" })
package org.gba.cooperation.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
