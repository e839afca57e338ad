/**
 * Flexible talent arrangements (柔性引才): people working for a host without being employed
 * by it.
 */
@NullMarked
@ApplicationModule(displayName = "Talent arrangements", allowedDependencies = { "labs", "organizations", "people",
		"projects", "shared", "shared::access", "shared::jpa", "shared::paging", "shared::search", "writes" })
package org.gba.cooperation.talent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
