/**
 * GraphQL infrastructure shared by every module: scalars, global IDs on every
 * {@code Node}, localised fields, {@code node}/{@code nodes}, the one place exceptions
 * become GraphQL errors, and the limits (size, tokens, depth, aliases, directives, root
 * fields, cost) every request is checked against.
 */
@NullMarked
@ApplicationModule(displayName = "GraphQL", allowedDependencies = { "live", "shared", "shared::access",
		"shared::bulkhead", "shared::paging", "shared::redis", "writes" })
package org.gba.cooperation.graphql;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
