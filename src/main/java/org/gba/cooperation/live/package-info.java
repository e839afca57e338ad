/**
 * Live updates: committed changes pushed to GraphQL subscribers. The domain modules
 * publish their {@link org.gba.cooperation.live.LiveEvent}s as Spring application events
 * inside the transaction that makes the change; they reach
 * {@link org.gba.cooperation.live.LiveEvents} only after that transaction commits, and
 * each subscriber receives what it may read, checked as it is delivered.
 */
@NullMarked
@ApplicationModule(displayName = "Live updates", allowedDependencies = { "shared::jpa", "shared::redis" })
package org.gba.cooperation.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
