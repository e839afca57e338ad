package org.gba.cooperation.bench.data;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.Vocabulary.Term;

/**
 * The organisations generated, as the later tables draw from them (IDs from 1): by
 * weight, so that larger ones join more labs, projects and events, from any jurisdiction
 * or from one.
 */
final class Organizations {

	private final int[] jurisdiction;

	private final Term[] name;

	private final Picker[] inJurisdiction;

	private final Picker any;

	/**
	 * @param jurisdiction the jurisdiction of each, by ID (index 0 unused)
	 * @param name the name of each, by ID
	 * @param weight the weight of each, by ID (0 for index 0)
	 */
	Organizations(int[] jurisdiction, Term[] name, double[] weight) {
		this.jurisdiction = jurisdiction;
		this.name = name;
		this.inJurisdiction = new Picker[ReferenceData.JURISDICTIONS.length];
		for (int j = 0; j < this.inJurisdiction.length; j++) {
			double[] of = new double[weight.length];
			for (int id = 1; id < weight.length; id++) {
				of[id] = (jurisdiction[id] == j) ? weight[id] : 0;
			}
			this.inJurisdiction[j] = Picker.weighted(of);
		}
		this.any = Picker.weighted(weight);
	}

	int count() {
		return this.jurisdiction.length - 1;
	}

	int jurisdictionOf(int id) {
		return this.jurisdiction[id];
	}

	Term nameOf(int id) {
		return this.name[id];
	}

	/** One organisation, larger ones more often. */
	int pick(SplittableRandom random) {
		return this.any.pick(random);
	}

	/** One organisation of the jurisdiction, larger ones more often. */
	int pickIn(int jurisdiction, SplittableRandom random) {
		return this.inJurisdiction[jurisdiction].pick(random);
	}

	/**
	 * A lead of this jurisdiction and others, at least one of another jurisdiction, all
	 * distinct.
	 */
	int[] crossBorderGroup(SplittableRandom random, int leadJurisdiction, int size) {
		Set<Integer> group = new LinkedHashSet<>();
		group.add(pickIn(leadJurisdiction, random));
		group.add(pickIn((leadJurisdiction + 1 + random.nextInt(2)) % 3, random));
		for (int attempt = 0; group.size() < size && attempt < size * 4; attempt++) {
			group.add(pick(random));
		}
		return group.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Up to {@code count} distinct organisations, larger ones more often. */
	int[] distinct(SplittableRandom random, int count) {
		Set<Integer> chosen = new LinkedHashSet<>();
		for (int attempt = 0; chosen.size() < count && attempt < count * 4; attempt++) {
			chosen.add(pick(random));
		}
		for (int id = 1; chosen.size() < count && id <= count(); id++) {
			chosen.add(id);
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The jurisdictions of the organisations, as a lab's name begins (粵港, 粵澳, 港澳, 粵港澳).
	 */
	Term jurisdictionsOf(int[] organizations) {
		boolean[] present = new boolean[3];
		for (int organization : organizations) {
			present[this.jurisdiction[organization]] = true;
		}
		if (present[0] && present[1] && present[2]) {
			return new Term("粵港澳", "粤港澳", "Guangdong–Hong Kong–Macao");
		}
		if (present[0] && present[2]) {
			return new Term("粵澳", "粤澳", "Guangdong–Macao");
		}
		if (present[1] && present[2]) {
			return new Term("港澳", "港澳", "Hong Kong–Macao");
		}
		return new Term("粵港", "粤港", "Guangdong–Hong Kong");
	}

}
