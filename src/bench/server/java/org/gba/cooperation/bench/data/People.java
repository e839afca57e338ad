package org.gba.cooperation.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The people generated, as talent arrangements draw from them (IDs from 1).
 *
 * @param jurisdiction the home jurisdiction of each, by ID (index 0 unused)
 * @param sector the index of each one's sector of expertise, by ID
 * @param byJurisdiction the IDs of each jurisdiction's people
 */
record People(int[] jurisdiction, int[] sector, List<List<Integer>> byJurisdiction) {

	int count() {
		return this.jurisdiction.length - 1;
	}

	/** One person of the jurisdiction, or anyone if it has none. */
	int pickIn(SplittableRandom random, int jurisdiction) {
		List<Integer> of = this.byJurisdiction.get(jurisdiction);
		return of.isEmpty() ? 1 + random.nextInt(count()) : of.get(random.nextInt(of.size()));
	}

}
