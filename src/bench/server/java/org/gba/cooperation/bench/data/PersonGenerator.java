package org.gba.cooperation.bench.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.Vocabulary.Term;
import org.gba.cooperation.shared.NameSortKeys;

import static org.gba.cooperation.bench.data.Draws.AS_OF;
import static org.gba.cooperation.bench.data.Draws.FIRST_DAY;
import static org.gba.cooperation.bench.data.Draws.day;
import static org.gba.cooperation.bench.data.Draws.machineMark;
import static org.gba.cooperation.bench.data.Draws.phone;
import static org.gba.cooperation.bench.data.Draws.pick;
import static org.gba.cooperation.bench.data.Draws.sortKeys;
import static org.gba.cooperation.bench.data.Draws.stamp;

/**
 * People: most affiliated with an organisation and living in its jurisdiction, named in
 * Mandarin or, in Hong Kong and Macao, Cantonese romanisation.
 */
final class PersonGenerator {

	private PersonGenerator() {
	}

	static People generate(BulkInserter out, ReferenceData reference, Organizations organizations, int n,
			SplittableRandom random) throws SQLException {
		int[] jurisdictionOf = new int[n + 1];
		int[] sectorOf = new int[n + 1];
		List<List<Integer>> byJurisdiction = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		try (BulkInserter.Table table = out.table("person", "id", "home_jurisdiction", "affiliation_id",
				"expertise_sector_id", "name_zh_hant", "name_zh_hans", "name_en", "name_pt", "name_machine", "title_en",
				"email", "phone", "version", "created_at", "updated_at", "name_sort_zh_hant", "name_sort_zh_hans",
				"name_sort_en", "name_sort_pt")) {
			for (int id = 1; id <= n; id++) {
				Long affiliation = (random.nextInt(10) == 0) ? null : (long) organizations.pick(random);
				int jurisdiction = (affiliation != null && random.nextInt(10) > 0)
						? organizations.jurisdictionOf(affiliation.intValue()) : random.nextInt(3);
				Term surname = pick(Vocabulary.SURNAMES, random);
				Term given = pick(Vocabulary.GIVEN_NAMES, random);
				String en = (jurisdiction == 0) ? surname.en() + " " + given.en()
						: surname.cantonese() + " " + given.cantonese();
				Term name = new Term(surname.hant() + given.hant(), surname.hans() + given.hans(), en);
				int sector = random.nextInt(reference.sectorIds().size());
				jurisdictionOf[id] = jurisdiction;
				sectorOf[id] = sector;
				byJurisdiction.get(jurisdiction).add(id);
				String email = en.toLowerCase().replace(' ', '.') + "." + id + "@example.org";
				LocalDate created = day(random, FIRST_DAY, AS_OF, false);
				NameSortKeys keys = sortKeys(name, (jurisdiction == 2) ? name.en() : null);
				table.add((long) id, ReferenceData.JURISDICTIONS[jurisdiction], affiliation,
						reference.sectorIds().get(sector), name.hant(), name.hans(), name.en(),
						(jurisdiction == 2) ? name.en() : null, machineMark(random, jurisdiction),
						pick(Vocabulary.TITLES, random), email, phone(random, jurisdiction), 0L, stamp(created),
						stamp(created), keys.zhHant(), keys.zhHans(), keys.en(), keys.pt());
			}
		}
		return new People(jurisdictionOf, sectorOf, byJurisdiction);
	}

}
