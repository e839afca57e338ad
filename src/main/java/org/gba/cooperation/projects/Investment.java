package org.gba.cooperation.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.shared.search.MoneyTotalsBinder;
import org.jspecify.annotations.Nullable;

/** An investment committed to a project: an exact amount in one currency. */
@Entity
@Table(name = "project_investment")
public class Investment extends BaseEntity implements MoneyTotalsBinder.Amount {

	@Column(name = "project_id")
	private long projectId;

	@Column(name = "investor_id")
	private @Nullable Long investorId;

	@Enumerated(EnumType.STRING)
	private InvestmentKind kind;

	@Embedded
	private Money amount;

	private LocalDate committedOn;

	protected Investment() {
		this.kind = InvestmentKind.EQUITY;
		this.amount = new Money(java.math.BigDecimal.ZERO, org.gba.cooperation.shared.CurrencyCode.CNY);
		this.committedOn = LocalDate.EPOCH;
	}

	Investment(long projectId, @Nullable Long investorId, InvestmentKind kind, Money amount, LocalDate committedOn) {
		this.projectId = projectId;
		this.investorId = investorId;
		this.kind = kind;
		this.amount = amount;
		this.committedOn = committedOn;
	}

	public long getProjectId() {
		return this.projectId;
	}

	public @Nullable Long getInvestorId() {
		return this.investorId;
	}

	public InvestmentKind getKind() {
		return this.kind;
	}

	@Override
	public Money getAmount() {
		return this.amount;
	}

	public LocalDate getCommittedOn() {
		return this.committedOn;
	}

}
