package org.gba.cooperation.bench.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.ReferenceData.Place;
import org.gba.cooperation.bench.data.Vocabulary.Term;
import org.gba.cooperation.shared.NameSortKeys;

import static org.gba.cooperation.bench.data.Draws.AS_OF;
import static org.gba.cooperation.bench.data.Draws.choose;
import static org.gba.cooperation.bench.data.Draws.day;
import static org.gba.cooperation.bench.data.Draws.min;
import static org.gba.cooperation.bench.data.Draws.pick;
import static org.gba.cooperation.bench.data.Draws.sortKeys;
import static org.gba.cooperation.bench.data.Draws.stamp;

/**
 * Joint labs and their members: two to five organisations of at least two jurisdictions,
 * the first the lead, with statuses that follow the start date.
 */
final class JointLabGenerator {

	private JointLabGenerator() {
	}

	static void generate(BulkInserter out, ReferenceData reference, Organizations organizations, int n,
			SplittableRandom random) throws SQLException {
		Picker cities = reference.cityPicker();
		List<int[]> members = new ArrayList<>(n + 1);
		members.add(new int[0]);
		LocalDate[] starts = new LocalDate[n + 1];
		try (BulkInserter.Table table = out.table("joint_lab", "id", "sector_id", "host_city_id", "status",
				"start_date", "end_date", "name_zh_hant", "name_zh_hans", "name_en", "name_pt", "name_machine",
				"description_zh_hant", "description_zh_hans", "description_en", "description_pt", "description_machine",
				"version", "created_at", "updated_at", "name_sort_zh_hant", "name_sort_zh_hans", "name_sort_en",
				"name_sort_pt")) {
			for (int id = 1; id <= n; id++) {
				Place city = reference.cities().get(cities.pick(random));
				int[] group = organizations.crossBorderGroup(random, city.jurisdiction(), 2 + random.nextInt(4));
				members.add(group);
				int sector = random.nextInt(reference.sectors().size());
				LocalDate start = day(random, LocalDate.of(2017, 1, 1), LocalDate.of(2027, 12, 31), true);
				starts[id] = start;
				String status;
				LocalDate end = null;
				if (start.isAfter(AS_OF)) {
					status = "PLANNED";
				}
				else if (start.isAfter(AS_OF.minusYears(2))) {
					status = choose(random, new String[] { "PLANNED", "UNDER_CONSTRUCTION", "OPERATING" }, 5, 40, 55);
				}
				else {
					status = choose(random, new String[] { "UNDER_CONSTRUCTION", "OPERATING", "CLOSED" }, 2, 88, 10);
					if (status.equals("CLOSED")) {
						end = min(start.plusYears(3 + random.nextInt(6)), AS_OF.minusDays(1 + random.nextInt(30)));
					}
				}
				Term pair = organizations.jurisdictionsOf(group);
				Term brand = pick(Vocabulary.BRANDS, random);
				Term field = reference.sectors().get(sector);
				Term name = new Term(pair.hant() + brand.hant() + field.hant() + "聯合實驗室",
						pair.hans() + brand.hans() + field.hans() + "联合实验室",
						pair.en() + " " + brand.en() + " Joint Laboratory of " + field.en());
				Term lead = organizations.nameOf(group[0]);
				NameSortKeys keys = sortKeys(name, null);
				Term description = new Term(
						"由" + lead.hant() + "牽頭，聯合" + group.length + "家機構開展" + field.hant() + "基礎與應用研究。",
						"由" + lead.hans() + "牵头，联合" + group.length + "家机构开展" + field.hans() + "基础与应用研究。",
						"Led by " + lead.en() + " with " + (group.length - 1)
								+ " partner institutions: basic and applied research in " + field.en() + ".");
				table.add((long) id, reference.sectorIds().get(sector), city.id(), status, start, end, name.hant(),
						name.hans(), name.en(), null, null, description.hant(), description.hans(), description.en(),
						null, null, 0L, stamp(start.minusDays(90)), stamp(start.minusDays(90)), keys.zhHant(),
						keys.zhHans(), keys.en(), keys.pt());
			}
		}
		long memberId = 1;
		try (BulkInserter.Table table = out.table("joint_lab_member", "id", "joint_lab_id", "organization_id", "role",
				"joined_on", "version", "created_at", "updated_at")) {
			for (int lab = 1; lab <= n; lab++) {
				int[] group = members.get(lab);
				for (int i = 0; i < group.length; i++) {
					LocalDate joined = (i < 2) ? starts[lab] : starts[lab].plusDays(random.nextInt(700));
					table.add(memberId++, (long) lab, (long) group[i], (i == 0) ? "LEAD" : "PARTNER", joined, 0L,
							stamp(joined), stamp(joined));
				}
			}
		}
	}

}
