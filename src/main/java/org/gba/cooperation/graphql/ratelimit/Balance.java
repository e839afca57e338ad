package org.gba.cooperation.graphql.ratelimit;

import org.gba.cooperation.graphql.ratelimit.RateLimitProperties.Allowance;

/**
 * What a caller's bucket holds after a request took, or was refused, its cost.
 *
 * @param granted whether the cost was taken
 * @param available the points the bucket holds now (fractions of a point included)
 * @param allowance the bucket's size and restore rate
 */
public record Balance(boolean granted, double available, Allowance allowance) {

	/** The whole points the bucket holds. */
	public long remaining() {
		return (long) Math.floor(this.available);
	}

	/** The time until the bucket is full again, rounded up to whole seconds. */
	public long secondsUntilFull() {
		return secondsUntil(this.allowance.points());
	}

	/**
	 * The time until the bucket holds {@code points} (at most its size), rounded up to
	 * whole seconds.
	 */
	public long secondsUntil(long points) {
		double missing = Math.min(points, this.allowance.points()) - this.available;
		return (missing <= 0) ? 0 : (long) Math.ceil(missing / this.allowance.perSecond());
	}

}
