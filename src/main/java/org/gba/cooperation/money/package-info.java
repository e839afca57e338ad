/**
 * Exchange rates and money in any currency: the rates with their effective dates, maintained by
 * coordinators; the conversions and sums every other module uses through
 * {@link org.gba.cooperation.shared.CurrencyConversions}; and the {@code Money} fields that convert.
 */
@NullMarked
package org.gba.cooperation.money;

import org.jspecify.annotations.NullMarked;
