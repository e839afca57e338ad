package org.gba.cooperation.bench.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.ReferenceData.Place;
import org.gba.cooperation.bench.data.Vocabulary.Term;
import org.gba.cooperation.shared.NameSortKeys;

import static org.gba.cooperation.bench.data.Draws.AS_OF;
import static org.gba.cooperation.bench.data.Draws.FIRST_DAY;
import static org.gba.cooperation.bench.data.Draws.day;
import static org.gba.cooperation.bench.data.Draws.machineMark;
import static org.gba.cooperation.bench.data.Draws.pareto;
import static org.gba.cooperation.bench.data.Draws.pick;
import static org.gba.cooperation.bench.data.Draws.sortKeys;
import static org.gba.cooperation.bench.data.Draws.stamp;

/**
 * Organisations: mostly in Guangdong, of five kinds, named after their city, with a
 * Pareto weight (how often later tables pick them).
 */
final class OrganizationGenerator {

	private OrganizationGenerator() {
	}

	static Organizations generate(BulkInserter out, ReferenceData reference, int n, SplittableRandom random)
			throws SQLException {
		int[] jurisdictionOf = new int[n + 1];
		Term[] nameOf = new Term[n + 1];
		double[] weight = new double[n + 1];
		Picker jurisdictions = Picker.weighted(new double[] { 60, 28, 12 });
		Picker[] cityIn = new Picker[3];
		for (int j = 0; j < 3; j++) {
			cityIn[j] = reference.cityPickerIn(j);
		}
		Picker kinds = Picker.weighted(new double[] { 15, 50, 20, 8, 7 });
		try (BulkInserter.Table table = out.table("organization", "id", "kind", "jurisdiction", "city_id", "sector_id",
				"chain_leader", "abbreviation", "website", "name_zh_hant", "name_zh_hans", "name_en", "name_pt",
				"name_machine", "version", "created_at", "updated_at", "name_sort_zh_hant", "name_sort_zh_hans",
				"name_sort_en", "name_sort_pt")) {
			for (int id = 1; id <= n; id++) {
				// The first three are one of each jurisdiction, so that small scale
				// factors still cross borders.
				int jurisdiction = (id <= 3) ? id - 1 : jurisdictions.pick(random);
				Place city = reference.cities().get(cityIn[jurisdiction].pick(random));
				int kind = kinds.pick(random);
				Term brand = pick(Vocabulary.BRANDS, random);
				Term brand2 = pick(Vocabulary.BRANDS, random);
				Term suffix = pick(Vocabulary.ORGANIZATION_KINDS.get(kind), random);
				Term name = new Term(city.name().hant() + brand.hant() + brand2.hant() + suffix.hant(),
						city.name().hans() + brand.hans() + brand2.hans() + suffix.hans(),
						city.name().en() + " " + brand.en() + " " + brand2.en() + " " + suffix.en());
				jurisdictionOf[id] = jurisdiction;
				nameOf[id] = name;
				weight[id] = pareto(random, 1.2, 300);
				boolean enterprise = kind == 1;
				String abbreviation = initials(name.en()) + id;
				int sector = random.nextInt(reference.sectorIds().size());
				LocalDate created = day(random, FIRST_DAY, AS_OF, false);
				NameSortKeys keys = sortKeys(name, (jurisdiction == 2) ? name.en() : null);
				table.add((long) id, Vocabulary.ORGANIZATION_KIND_CODES.get(kind),
						ReferenceData.JURISDICTIONS[jurisdiction], city.id(),
						(kind == 3) ? null : reference.sectorIds().get(sector), enterprise && random.nextInt(20) == 0,
						abbreviation, "https://" + abbreviation.toLowerCase() + ".example.org", name.hant(),
						name.hans(), name.en(), (jurisdiction == 2) ? name.en() : null,
						machineMark(random, jurisdiction), 0L, stamp(created), stamp(created), keys.zhHant(),
						keys.zhHans(), keys.en(), keys.pt());
			}
		}
		return new Organizations(jurisdictionOf, nameOf, weight);
	}

	private static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[ ,.]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && initials.length() < 6) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

}
