/**
 * The demo data of the embedded default: believable organisations, labs, events, talent
 * and projects.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "shared::jpa" })
package org.gba.cooperation.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
