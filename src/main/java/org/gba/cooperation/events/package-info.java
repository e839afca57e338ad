/**
 * Investment promotion events: organisers, target sectors, registrations and the deals
 * signed there.
 */
@NullMarked
@ApplicationModule(displayName = "Investment events", allowedDependencies = { "live", "organizations", "reference",
		"shared", "shared::access", "shared::jpa", "shared::paging", "shared::search", "writes" })
package org.gba.cooperation.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
