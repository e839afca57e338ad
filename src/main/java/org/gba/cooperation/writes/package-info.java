/**
 * How every mutation runs: one transaction, the access rules, optimistic versions,
 * idempotent retries, user errors and the audit trail, written once for all domains
 * ({@link Mutations}).
 */
@NullMarked
@ApplicationModule(displayName = "Writes",
		allowedDependencies = { "shared", "shared::access", "shared::jpa", "shared::paging", "shared::search" })
package org.gba.cooperation.writes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
