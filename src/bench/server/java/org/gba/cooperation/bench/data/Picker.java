package org.gba.cooperation.bench.data;

import java.util.SplittableRandom;

/** Draws indices by weight (cumulative weights and a binary search). */
final class Picker {

	private final double[] cumulative;

	private Picker(double[] cumulative) {
		this.cumulative = cumulative;
	}

	static Picker weighted(double[] weights) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		if (sum <= 0) {
			throw new IllegalStateException("Nothing to pick from");
		}
		return new Picker(cumulative);
	}

	int pick(SplittableRandom random) {
		// The first index whose cumulative weight exceeds r: never one of weight 0.
		double r = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int low = 0;
		int high = this.cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.cumulative[middle] > r) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low;
	}

}
