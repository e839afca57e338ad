/**
 * Who may call the API and what each caller sees: bearer tokens (JWT, any OIDC issuer; a
 * dev issuer in the embedded default), CORS, and
 * {@link org.gba.cooperation.security.AccessPolicy}, the one place the access rules are
 * written.
 */
@NullMarked
@ApplicationModule(displayName = "Security",
		allowedDependencies = { "events", "labs", "money", "organizations", "people", "projects", "reference", "shared",
				"shared::access", "shared::jpa", "shared::paging", "shared::search", "talent", "writes" })
package org.gba.cooperation.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
