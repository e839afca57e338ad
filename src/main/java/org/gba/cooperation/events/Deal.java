package org.gba.cooperation.events;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.search.MoneyTotalsBinder;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.jspecify.annotations.Nullable;

/** A deal signed at an investment event (簽約項目). */
@Entity
@Table(name = "event_deal")
public class Deal extends BaseEntity implements MoneyTotalsBinder.Amount {

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "investor_id")
	private long investorId;

	@Column(name = "partner_id")
	private @Nullable Long partnerId;

	@Column(name = "sector_id")
	private long sectorId;

	@Embedded
	private Money amount;

	private LocalDate signedOn;

	@Embedded
	@EmbeddedColumnNaming("title_%s")
	private LocalizedText titles;

	protected Deal() {
		this.amount = new Money(BigDecimal.ZERO, CurrencyCode.CNY);
		this.signedOn = LocalDate.EPOCH;
		this.titles = LocalizedText.NONE;
	}

	Deal(long eventId, long investorId, @Nullable Long partnerId, long sectorId, Money amount, LocalDate signedOn,
			LocalizedText titles) {
		this.eventId = eventId;
		this.investorId = investorId;
		this.partnerId = partnerId;
		this.sectorId = sectorId;
		this.amount = amount;
		this.signedOn = signedOn;
		this.titles = titles;
	}

	public long getEventId() {
		return this.eventId;
	}

	public long getInvestorId() {
		return this.investorId;
	}

	public @Nullable Long getPartnerId() {
		return this.partnerId;
	}

	public long getSectorId() {
		return this.sectorId;
	}

	@Override
	public Money getAmount() {
		return this.amount;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public LocalizedText getTitles() {
		return this.titles;
	}

}
