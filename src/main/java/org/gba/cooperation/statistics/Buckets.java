package org.gba.cooperation.statistics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;

import org.gba.cooperation.labs.JointLabStatus;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.Money;
import org.gba.cooperation.talent.TalentCategory;
import org.gba.cooperation.talent.TalentMode;
import org.jspecify.annotations.Nullable;

/**
 * The buckets of the statistics: the key fields (null where not grouped by), a count and,
 * where money applies, its amounts. Sectors and cities are kept by ID and resolved in
 * batches.
 */
public final class Buckets {

	private Buckets() {
	}

	/** The GraphQL type {@code JointLabBucket}. */
	public record JointLabBucket(@Nullable Jurisdiction jurisdiction, @Nullable Long sectorId,
			@Nullable JointLabStatus status, int count) {
	}

	/** The GraphQL type {@code ProjectBucket}. */
	public record ProjectBucket(@Nullable Long sectorId, @Nullable Integer year,
			@Nullable Jurisdiction leadJurisdiction, int count, Amounts amounts) {
	}

	/** The GraphQL type {@code EventBucket}. */
	public record EventBucket(@Nullable Integer year, @Nullable Integer month, @Nullable Long cityId, int count,
			int dealCount, Amounts amounts) {
	}

	/** The GraphQL type {@code TalentArrangementBucket}. */
	public record TalentArrangementBucket(@Nullable TalentMode mode, @Nullable TalentCategory category,
			@Nullable Jurisdiction homeJurisdiction, @Nullable Jurisdiction hostJurisdiction, int count) {
	}

	/** The GraphQL type {@code CrossBorderPairBucket}. */
	public record CrossBorderPairBucket(List<Jurisdiction> jurisdictions, @Nullable CooperationRecordType recordType,
			@Nullable Long sectorId, int count) {
	}

	/**
	 * A bucket's amounts: an exact sum per currency, and their total in the requested
	 * currency.
	 */
	public record Amounts(EnumMap<CurrencyCode, BigDecimal> byCurrency, Sums sums) {

		public Money sum() {
			return this.sums.total(this.byCurrency);
		}

		public List<Money> sumsByCurrency() {
			return Sums.each(this.byCurrency);
		}

	}

}
