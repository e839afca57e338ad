package org.gba.cooperation.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.CurrencyCode;

/**
 * From its effective date on, until the pair's next rate, one unit of the base currency
 * is worth {@code rate} units of the quote currency.
 */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends BaseEntity {

	/** Digits kept after the decimal point (DECIMAL(19,10)). */
	static final int SCALE = 10;

	@Enumerated(EnumType.STRING)
	@Column(name = "base_currency", nullable = false, length = 3)
	private CurrencyCode base;

	@Enumerated(EnumType.STRING)
	@Column(name = "quote_currency", nullable = false, length = 3)
	private CurrencyCode quote;

	@Column(nullable = false, precision = 19, scale = SCALE)
	private BigDecimal rate;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	protected ExchangeRate() {
		this.base = CurrencyCode.USD;
		this.quote = CurrencyCode.HKD;
		this.rate = BigDecimal.ONE;
		this.effectiveDate = LocalDate.EPOCH;
	}

	ExchangeRate(CurrencyCode base, CurrencyCode quote, BigDecimal rate, LocalDate effectiveDate) {
		this.base = base;
		this.quote = quote;
		this.rate = rate;
		this.effectiveDate = effectiveDate;
	}

	public CurrencyCode getBase() {
		return this.base;
	}

	public CurrencyCode getQuote() {
		return this.quote;
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	/** Corrects the rate of this pair and date. */
	void correct(BigDecimal rate) {
		this.rate = rate;
	}

}
