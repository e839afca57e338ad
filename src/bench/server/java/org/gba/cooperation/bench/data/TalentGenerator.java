package org.gba.cooperation.bench.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.Vocabulary.Term;

import static org.gba.cooperation.bench.data.Draws.AS_OF;
import static org.gba.cooperation.bench.data.Draws.FIRST_DAY;
import static org.gba.cooperation.bench.data.Draws.choose;
import static org.gba.cooperation.bench.data.Draws.day;
import static org.gba.cooperation.bench.data.Draws.stamp;

/**
 * Flexible talent arrangements: a person hosted by an organisation, mostly across a
 * border (不求所有， 但求所用), some with a joint lab or a project, with statuses that follow the
 * dates.
 */
final class TalentGenerator {

	private TalentGenerator() {
	}

	/**
	 * @param n the arrangements
	 * @param labs the joint labs generated, some arrangements are with one
	 * @param projects the projects generated, some arrangements are for one
	 */
	static void generate(BulkInserter out, ReferenceData reference, Organizations organizations, People people, int n,
			int labs, int projects, SplittableRandom random) throws SQLException {
		Picker modes = Picker.weighted(new double[] { 30, 10, 20, 15, 15, 10 });
		Picker categories = Picker.weighted(new double[] { 2, 8, 25, 25, 20, 5, 15 });
		Picker personJurisdictions = Picker.weighted(new double[] { 40, 45, 15 });
		try (BulkInserter.Table table = out.table("talent_arrangement", "id", "person_id", "host_organization_id",
				"joint_lab_id", "project_id", "mode", "category", "status", "start_date", "end_date",
				"description_zh_hant", "description_zh_hans", "description_en", "description_pt", "description_machine",
				"version", "created_at", "updated_at")) {
			for (int id = 1; id <= n; id++) {
				int person = people.pickIn(random, personJurisdictions.pick(random));
				int jurisdiction = people.jurisdiction()[person];
				// Talent is mostly used across a border: 不求所有，但求所用.
				int hostJurisdiction = (random.nextInt(4) > 0) ? (jurisdiction + 1 + random.nextInt(2)) % 3
						: jurisdiction;
				if (jurisdiction != 0 && hostJurisdiction != 0 && random.nextInt(3) > 0) {
					hostJurisdiction = 0;
				}
				int host = organizations.pickIn(hostJurisdiction, random);
				Long lab = (random.nextInt(5) == 0) ? 1L + random.nextInt(labs) : null;
				Long project = (random.nextInt(7) == 0) ? 1L + random.nextInt(projects) : null;
				int mode = modes.pick(random);
				LocalDate start = day(random, FIRST_DAY, LocalDate.of(2026, 12, 31), true);
				LocalDate end = (random.nextInt(7) == 0) ? null : start.plusMonths(3 + random.nextInt(34));
				String status;
				if (start.isAfter(AS_OF)) {
					status = "PROPOSED";
				}
				else if (end != null && end.isBefore(AS_OF)) {
					status = choose(random, new String[] { "ENDED", "CANCELLED" }, 92, 8);
				}
				else {
					status = choose(random, new String[] { "ACTIVE", "PROPOSED" }, 93, 7);
				}
				Term modeName = Vocabulary.TALENT_MODE_NAMES.get(mode);
				Term field = reference.sectors().get(people.sector()[person]);
				Term hostName = organizations.nameOf(host);
				Term description = new Term(modeName.hant() + "：於" + hostName.hant() + "參與" + field.hant() + "研發。",
						modeName.hans() + "：于" + hostName.hans() + "参与" + field.hans() + "研发。",
						modeName.en() + " at " + hostName.en() + " in " + field.en() + " research and development.");
				table.add((long) id, (long) person, (long) host, lab, project, Vocabulary.TALENT_MODES.get(mode),
						Vocabulary.TALENT_CATEGORIES.get(categories.pick(random)), status, start, end,
						description.hant(), description.hans(), description.en(), null, null, 0L,
						stamp(start.minusDays(30)), stamp(start.minusDays(30)));
			}
		}
	}

}
