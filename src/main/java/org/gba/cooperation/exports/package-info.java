/**
 * Bulk exports: a connection query of any length run in the background, page after page,
 * through the same GraphQL execution (and so the same access rules and resolvers) as the
 * caller's own pages, written to a JSONL or CSV file as the pages arrive, and downloaded
 * from a signed, expiring link (docs/exports.md).
 */
@NullMarked
@ApplicationModule(displayName = "Bulk exports", allowedDependencies = { "graphql", "graphql::ratelimit", "shared",
		"shared::access", "shared::bulkhead", "shared::paging", "writes" })
package org.gba.cooperation.exports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
