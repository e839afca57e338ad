/**
 * Exchange rates and money in any currency: the rates with their effective dates,
 * maintained by coordinators; the conversions and sums every other module uses through
 * {@link org.gba.cooperation.shared.CurrencyConversions}; and the {@code Money} fields
 * that convert.
 */
@NullMarked
@ApplicationModule(displayName = "Money",
		allowedDependencies = { "shared", "shared::access", "shared::jpa", "shared::paging", "writes" })
package org.gba.cooperation.money;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
