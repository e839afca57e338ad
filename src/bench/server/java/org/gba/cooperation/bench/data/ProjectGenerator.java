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
import static org.gba.cooperation.bench.data.Draws.FIRST_DAY;
import static org.gba.cooperation.bench.data.Draws.amount;
import static org.gba.cooperation.bench.data.Draws.choose;
import static org.gba.cooperation.bench.data.Draws.currency;
import static org.gba.cooperation.bench.data.Draws.day;
import static org.gba.cooperation.bench.data.Draws.logNormal;
import static org.gba.cooperation.bench.data.Draws.machineMark;
import static org.gba.cooperation.bench.data.Draws.min;
import static org.gba.cooperation.bench.data.Draws.pareto;
import static org.gba.cooperation.bench.data.Draws.pick;
import static org.gba.cooperation.bench.data.Draws.sortKeys;
import static org.gba.cooperation.bench.data.Draws.stamp;
import static org.gba.cooperation.bench.data.Draws.stochasticRound;

/**
 * Cross-border projects with their participants (a lead and partners of at least two
 * jurisdictions), investments (shared out by a Pareto size, in the investor's currency)
 * and milestones.
 */
final class ProjectGenerator {

	private ProjectGenerator() {
	}

	/**
	 * @param n the projects
	 * @param investments about how many investments, all projects together
	 */
	static void generate(BulkInserter out, ReferenceData reference, Organizations organizations, int n, int investments,
			SplittableRandom random) throws SQLException {
		Picker cities = reference.cityPicker();
		List<int[]> participants = new ArrayList<>(n + 1);
		participants.add(new int[0]);
		LocalDate[] starts = new LocalDate[n + 1];
		String[] statuses = new String[n + 1];
		double[] size = new double[n + 1];
		double totalSize = 0;
		try (BulkInserter.Table table = out.table("cross_border_project", "id", "sector_id", "city_id", "status",
				"start_date", "end_date", "name_zh_hant", "name_zh_hans", "name_en", "name_pt", "name_machine",
				"description_zh_hant", "description_zh_hans", "description_en", "description_pt", "description_machine",
				"version", "created_at", "updated_at", "name_sort_zh_hant", "name_sort_zh_hans", "name_sort_en",
				"name_sort_pt")) {
			for (int id = 1; id <= n; id++) {
				Place city = reference.cities().get(cities.pick(random));
				int[] group = organizations.crossBorderGroup(random, city.jurisdiction(), 2 + random.nextInt(5));
				participants.add(group);
				size[id] = pareto(random, 1.3, 400);
				totalSize += size[id];
				int sector = random.nextInt(reference.sectors().size());
				LocalDate start = day(random, FIRST_DAY, LocalDate.of(2026, 12, 31), true);
				String status;
				LocalDate end = null;
				if (start.isAfter(AS_OF)) {
					status = choose(random, new String[] { "PROPOSED", "APPROVED" }, 50, 50);
				}
				else {
					status = choose(random, new String[] { "PROPOSED", "APPROVED", "IN_PROGRESS", "COMPLETED",
							"SUSPENDED", "CANCELLED" }, 6, 10, 55, 20, 4, 5);
					if (status.equals("COMPLETED") || status.equals("CANCELLED")) {
						end = min(start.plusDays(180 + random.nextInt(1620)), AS_OF.minusDays(1 + random.nextInt(30)));
						if (end.isBefore(start)) {
							end = start;
						}
					}
				}
				starts[id] = start;
				statuses[id] = status;
				Term brand = pick(Vocabulary.BRANDS, random);
				Term field = reference.sectors().get(sector);
				Term kind = pick(Vocabulary.PROJECT_KINDS, random);
				Term name = new Term(city.name().hant() + brand.hant() + field.hant() + kind.hant(),
						city.name().hans() + brand.hans() + field.hans() + kind.hans(),
						city.name().en() + " " + brand.en() + " " + field.en() + " " + kind.en());
				NameSortKeys keys = sortKeys(name, null);
				Term description = new Term("粵港澳產業鏈合作：" + field.hant() + "領域，" + group.length + "家機構參與。",
						"粤港澳产业链合作：" + field.hans() + "领域，" + group.length + "家机构参与。",
						"Industry-chain cooperation in " + field.en() + " among " + group.length + " organisations.");
				table.add((long) id, reference.sectorIds().get(sector), city.id(), status, start, end, name.hant(),
						name.hans(), name.en(), null, machineMark(random, city.jurisdiction()), description.hant(),
						description.hans(), description.en(), null, null, 0L, stamp(start.minusDays(60)),
						stamp(start.minusDays(60)), keys.zhHant(), keys.zhHans(), keys.en(), keys.pt());
			}
		}
		long participantId = 1;
		try (BulkInserter.Table table = out.table("project_participant", "id", "project_id", "organization_id", "role",
				"joined_on", "version", "created_at", "updated_at")) {
			for (int project = 1; project <= n; project++) {
				int[] group = participants.get(project);
				for (int i = 0; i < group.length; i++) {
					String role = (i == 0) ? "LEAD"
							: choose(random, new String[] { "PARTNER", "INVESTOR", "INSURER" }, 75, 20, 5);
					table.add(participantId++, (long) project, (long) group[i], role, starts[project], 0L,
							stamp(starts[project]), stamp(starts[project]));
				}
			}
		}
		long investmentId = 1;
		Picker investmentKinds = Picker.weighted(new double[] { 45, 20, 25, 10 });
		String[] kinds = { "EQUITY", "GRANT", "LOAN", "RD_INSURANCE" };
		try (BulkInserter.Table table = out.table("project_investment", "id", "project_id", "investor_id", "kind",
				"amount", "currency", "committed_on", "version", "created_at", "updated_at")) {
			for (int project = 1; project <= n; project++) {
				int count = stochasticRound(random, investments * size[project] / totalSize);
				int[] group = participants.get(project);
				for (int i = 0; i < count; i++) {
					String kind = kinds[investmentKinds.pick(random)];
					Integer investor = (kind.equals("GRANT") && random.nextBoolean()) ? null
							: group[random.nextInt(group.length)];
					int jurisdiction = (investor == null) ? 0 : organizations.jurisdictionOf(investor);
					String currency = currency(random, jurisdiction);
					double cny = logNormal(random, Math.log(3_000_000), 1.2) * Math.pow(size[project], 0.7);
					LocalDate committed = min(starts[project].plusDays(random.nextInt(720)),
							LocalDate.of(2026, 12, 31));
					table.add(investmentId++, (long) project, (investor == null) ? null : (long) investor, kind,
							amount(cny, currency), currency, committed, 0L, stamp(committed), stamp(committed));
				}
			}
		}
		long milestoneId = 1;
		try (BulkInserter.Table table = out.table("project_milestone", "id", "project_id", "due_on", "completed_on",
				"title_zh_hant", "title_zh_hans", "title_en", "title_pt", "title_machine", "version", "created_at",
				"updated_at")) {
			for (int project = 1; project <= n; project++) {
				int count = 1 + random.nextInt(3) + random.nextInt(3);
				LocalDate due = starts[project];
				boolean running = !statuses[project].equals("PROPOSED") && !statuses[project].equals("CANCELLED");
				for (int i = 0; i < count; i++) {
					due = due.plusDays(60 + random.nextInt(240));
					LocalDate completed = (running && due.isBefore(AS_OF) && random.nextInt(100) < 85)
							? min(due.plusDays(random.nextInt(61) - 30), AS_OF.minusDays(1)) : null;
					Term title = Vocabulary.MILESTONES
						.get(Math.min(i + random.nextInt(2), Vocabulary.MILESTONES.size() - 1));
					table.add(milestoneId++, (long) project, due, completed, title.hant(), title.hans(), title.en(),
							null, null, 0L, stamp(starts[project]), stamp(starts[project]));
				}
			}
		}
	}

}
