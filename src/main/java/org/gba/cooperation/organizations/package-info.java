/**
 * Organisations: universities, enterprises, institutes, government bodies and
 * associations.
 */
@NullMarked
@ApplicationModule(displayName = "Organisations", allowedDependencies = { "reference", "shared", "shared::access",
		"shared::jpa", "shared::paging", "shared::search", "writes" })
package org.gba.cooperation.organizations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
