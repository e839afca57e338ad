package org.gba.cooperation.shared;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An exact amount in one currency. Never a floating-point number: stored as
 * DECIMAL(19,2), sent as a string by the {@code Decimal} scalar.
 */
@Embeddable
public record Money(@Column(name = "amount", nullable = false, precision = 19, scale = 2) BigDecimal amount,
		@Column(name = "currency", nullable = false, length = 3) @Enumerated(EnumType.STRING) CurrencyCode currency) {
}
