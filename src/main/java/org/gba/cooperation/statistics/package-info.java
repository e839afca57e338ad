/**
 * Statistics for analysts (統計): grouped counts and sums of joint labs, projects, events,
 * talent arrangements and cross-border pairs, computed by the database
 * ({@code GROUP BY}), over the records the caller's statistics may count.
 */
@NullMarked
@ApplicationModule(displayName = "Statistics",
		allowedDependencies = { "events", "labs", "organizations", "people", "projects", "reference", "shared",
				"shared::access", "shared::jpa", "shared::paging", "shared::search", "talent" })
package org.gba.cooperation.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
