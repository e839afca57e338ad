/**
 * Rate limits by query cost: every caller (a token's subject, or the address of an
 * anonymous caller) spends the cost of each request from a token bucket sized by its
 * role, restored at a steady rate. Over budget, a request is refused before it runs: HTTP
 * 429, {@code Retry-After} and {@code extensions.code} {@code THROTTLED}. A named
 * interface for {@link org.gba.cooperation.graphql.ratelimit.BackgroundBudgets}: bulk
 * exports spend from the same budgets.
 */
@NullMarked
@NamedInterface("ratelimit")
package org.gba.cooperation.graphql.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
