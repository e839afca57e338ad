/** Cross-border cooperation projects: participants, investments and milestones. */
@NullMarked
@ApplicationModule(displayName = "Cross-border projects", allowedDependencies = { "live", "organizations", "reference",
		"shared", "shared::jpa", "shared::paging", "shared::search", "writes" })
package org.gba.cooperation.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
