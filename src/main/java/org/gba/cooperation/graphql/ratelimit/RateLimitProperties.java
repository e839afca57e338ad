package org.gba.cooperation.graphql.ratelimit;

import java.util.Objects;

import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cost budgets of callers, by role: each caller has a bucket of points that a
 * request's query cost is taken from, and that fills again at the restore rate up to its
 * size. A caller with several roles has the largest of their budgets.
 *
 * @param anonymous the budget of each anonymous caller, by client address (default 10,000
 * points, restored at 200 per second)
 * @param partner the budget of each partner's token subject (default 50,000 points, 1,000
 * per second)
 * @param analyst the budget of each analyst's token subject (default 100,000 points,
 * 2,000 per second)
 * @param coordinator the budget of each coordinator's token subject (default 100,000
 * points, 2,000 per second)
 * @param maxCallers the most callers whose buckets are kept in memory; beyond it, buckets
 * that have filled again are dropped first (a full bucket is the same as none), then
 * those idle longest
 */
@ConfigurationProperties("gba.graphql.rate-limit")
public record RateLimitProperties(@Nullable Allowance anonymous, @Nullable Allowance partner,
		@Nullable Allowance analyst, @Nullable Allowance coordinator, @DefaultValue("100000") int maxCallers) {

	public RateLimitProperties {
		anonymous = Allowance.orDefaults(anonymous, 10_000, 200);
		partner = Allowance.orDefaults(partner, 50_000, 1_000);
		analyst = Allowance.orDefaults(analyst, 100_000, 2_000);
		coordinator = Allowance.orDefaults(coordinator, 100_000, 2_000);
		if (maxCallers < 1) {
			throw new IllegalArgumentException("gba.graphql.rate-limit.max-callers must be at least 1");
		}
	}

	/** The budget of this caller: the largest of its roles', or the anonymous one. */
	Tier tierOf(Caller caller) {
		Tier tier = new Tier("anonymous", Objects.requireNonNull(this.anonymous));
		for (Role role : caller.roles()) {
			Tier ofRole = switch (role) {
				case PARTNER -> new Tier("partner", Objects.requireNonNull(this.partner));
				case ANALYST -> new Tier("analyst", Objects.requireNonNull(this.analyst));
				case COORDINATOR -> new Tier("coordinator", Objects.requireNonNull(this.coordinator));
			};
			if (ofRole.allowance().points() > tier.allowance().points()) {
				tier = ofRole;
			}
		}
		// A token without a role has the anonymous budget, though a bucket of its own.
		return tier;
	}

	/**
	 * A named budget: {@code name} is its property under {@code gba.graphql.rate-limit}.
	 */
	record Tier(String name, Allowance allowance) {
	}

	/**
	 * The bucket of one caller.
	 *
	 * @param size the most points a bucket holds, and so the most a single request may
	 * cost; also the burst a caller may spend at once
	 * @param restoreRate the points restored to a bucket each second, up to its size: the
	 * cost a caller may spend, on average, per second
	 */
	public record Allowance(@Nullable Long size, @Nullable Long restoreRate) {

		public Allowance {
			if (size != null && size < 1) {
				throw new IllegalArgumentException("A rate-limit size must be at least 1, not " + size);
			}
			if (restoreRate != null && restoreRate < 1) {
				throw new IllegalArgumentException("A rate-limit restore rate must be at least 1, not " + restoreRate);
			}
		}

		/** The size, set or defaulted. */
		public long points() {
			return Objects.requireNonNull(this.size);
		}

		/** The restore rate, set or defaulted, in points per second. */
		public long perSecond() {
			return Objects.requireNonNull(this.restoreRate);
		}

		static Allowance orDefaults(@Nullable Allowance allowance, long size, long restoreRate) {
			if (allowance == null) {
				return new Allowance(size, restoreRate);
			}
			return new Allowance((allowance.size != null) ? allowance.size : size,
					(allowance.restoreRate != null) ? allowance.restoreRate : restoreRate);
		}

	}

}
