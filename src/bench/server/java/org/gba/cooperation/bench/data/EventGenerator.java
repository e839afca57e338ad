package org.gba.cooperation.bench.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
import static org.gba.cooperation.bench.data.Draws.distinct;
import static org.gba.cooperation.bench.data.Draws.logNormal;
import static org.gba.cooperation.bench.data.Draws.pareto;
import static org.gba.cooperation.bench.data.Draws.pick;
import static org.gba.cooperation.bench.data.Draws.sortKeys;
import static org.gba.cooperation.bench.data.Draws.stamp;
import static org.gba.cooperation.bench.data.Draws.stochasticRound;

/**
 * Investment events with their target sectors, organisers, registrations (shared out by a
 * Pareto size; drafts have none) and the deals signed at those that took place.
 */
final class EventGenerator {

	private EventGenerator() {
	}

	/**
	 * @param n the events
	 * @param registrations about how many registrations, all events together
	 */
	static void generate(BulkInserter out, ReferenceData reference, Organizations organizations, int n,
			int registrations, SplittableRandom random) throws SQLException {
		Picker cities = reference.cityPicker();
		Picker kinds = Picker.weighted(new double[] { 20, 15, 10, 35, 20 });
		LocalDate[] starts = new LocalDate[n + 1];
		LocalDate[] ends = new LocalDate[n + 1];
		LocalDate[] closes = new LocalDate[n + 1];
		String[] statuses = new String[n + 1];
		double[] size = new double[n + 1];
		List<int[]> eventSectors = new ArrayList<>(n + 1);
		eventSectors.add(new int[0]);
		try (BulkInserter.Table table = out.table("investment_event", "id", "kind", "status", "city_id", "starts_on",
				"ends_on", "registration_closes_on", "capacity", "edition", "name_zh_hant", "name_zh_hans", "name_en",
				"name_pt", "name_machine", "venue_zh_hant", "venue_zh_hans", "venue_en", "venue_pt", "venue_machine",
				"description_zh_hant", "description_zh_hans", "description_en", "description_pt", "description_machine",
				"version", "created_at", "updated_at", "name_sort_zh_hant", "name_sort_zh_hans", "name_sort_en",
				"name_sort_pt")) {
			for (int id = 1; id <= n; id++) {
				int kind = kinds.pick(random);
				Place city = reference.cities().get(cities.pick(random));
				LocalDate start = day(random, FIRST_DAY, LocalDate.of(2027, 12, 31), true);
				LocalDate end = start.plusDays((kind == 1 || kind == 2) ? 2 + random.nextInt(4) : random.nextInt(2));
				LocalDate closesOn = start.minusDays(3 + random.nextInt(28));
				String status;
				if (start.isAfter(AS_OF)) {
					status = choose(random, new String[] { "PUBLISHED", "DRAFT", "CANCELLED" }, 78, 20, 2);
				}
				else if (start.isAfter(AS_OF.minusDays(330))) {
					status = choose(random, new String[] { "PUBLISHED", "COMPLETED", "CANCELLED", "DRAFT" }, 75, 18, 5,
							2);
				}
				else {
					status = choose(random, new String[] { "COMPLETED", "CANCELLED", "PUBLISHED" }, 90, 5, 5);
				}
				starts[id] = start;
				ends[id] = end;
				closes[id] = closesOn;
				statuses[id] = status;
				size[id] = status.equals("DRAFT") ? 0 : pareto(random, 1.3, 200);
				int[] sectors = distinct(random, 1 + random.nextInt(3), reference.sectors().size());
				eventSectors.add(sectors);
				Term field = reference.sectors().get(sectors[0]);
				Term kindName = Vocabulary.EVENT_KINDS.get(kind);
				Term venue = pick(Vocabulary.VENUES, random);
				int capacity = (int) Math.min(20_000, Math.round(logNormal(random, Math.log(400), 0.8)));
				Integer edition = (kind <= 2) ? start.getYear() - 2015 + random.nextInt(3) : null;
				String year = String.valueOf(start.getYear());
				Term name = new Term(year + city.name().hant() + field.hant() + kindName.hant(),
						year + city.name().hans() + field.hans() + kindName.hans(),
						year + " " + city.name().en() + " " + field.en() + " " + kindName.en());
				NameSortKeys keys = sortKeys(name, null);
				Term description = new Term("推介粵港澳大灣區" + field.hant() + "產業合作機遇，誠邀跨國企業設立地區總部。",
						"推介粤港澳大湾区" + field.hans() + "产业合作机遇，诚邀跨国企业设立地区总部。",
						"Presents Greater Bay Area cooperation opportunities in " + field.en()
								+ "; multinationals are invited to set up regional headquarters.");
				table.add((long) id, Vocabulary.EVENT_KIND_CODES.get(kind), status, city.id(), start, end, closesOn,
						capacity, edition, name.hant(), name.hans(), name.en(), null, null,
						city.name().hant() + venue.hant(), city.name().hans() + venue.hans(),
						city.name().en() + " " + venue.en(), null, null, description.hant(), description.hans(),
						description.en(), null, null, 0L, stamp(start.minusDays(120)), stamp(start.minusDays(120)),
						keys.zhHant(), keys.zhHans(), keys.en(), keys.pt());
			}
		}
		long sectorRowId = 1;
		try (BulkInserter.Table table = out.table("event_sector", "id", "event_id", "sector_id")) {
			for (int event = 1; event <= n; event++) {
				for (int sector : eventSectors.get(event)) {
					table.add(sectorRowId++, (long) event, reference.sectorIds().get(sector));
				}
			}
		}
		long organizerId = 1;
		try (BulkInserter.Table table = out.table("event_organizer", "id", "event_id", "organization_id", "role",
				"version", "created_at", "updated_at")) {
			for (int event = 1; event <= n; event++) {
				int[] organizers = organizations.distinct(random, 1 + random.nextInt(3));
				for (int i = 0; i < organizers.length; i++) {
					String role = (i == 0) ? "HOST" : choose(random, new String[] { "CO_HOST", "SUPPORTER" }, 50, 50);
					table.add(organizerId++, (long) event, (long) organizers[i], role, 0L,
							stamp(starts[event].minusDays(120)), stamp(starts[event].minusDays(120)));
				}
			}
		}
		double totalSize = Arrays.stream(size).sum();
		List<int[]> registered = new ArrayList<>(n + 1);
		registered.add(new int[0]);
		long registrationId = 1;
		try (BulkInserter.Table table = out.table("event_registration", "id", "event_id", "organization_id", "status",
				"registered_at", "version", "created_at", "updated_at")) {
			for (int event = 1; event <= n; event++) {
				int count = (totalSize == 0) ? 0 : Math.min(organizations.count(),
						stochasticRound(random, registrations * size[event] / totalSize));
				int[] registrants = organizations.distinct(random, count);
				registered.add(registrants);
				for (int organization : registrants) {
					LocalDateTime at = closes[event].minusDays(random.nextInt(60))
						.atTime(8 + random.nextInt(12), random.nextInt(60));
					table.add(registrationId++, (long) event, (long) organization,
							(random.nextInt(10) == 0) ? "WITHDRAWN" : "REGISTERED", at, 0L, at, at);
				}
			}
		}
		long dealId = 1;
		double dealSize = 0;
		for (int event = 1; event <= n; event++) {
			if (hasDeals(statuses[event], starts[event])) {
				dealSize += size[event];
			}
		}
		int deals = 5 * n;
		try (BulkInserter.Table table = out.table("event_deal", "id", "event_id", "investor_id", "partner_id",
				"sector_id", "amount", "currency", "signed_on", "title_zh_hant", "title_zh_hans", "title_en",
				"title_pt", "title_machine", "version", "created_at", "updated_at")) {
			for (int event = 1; event <= n; event++) {
				if (!hasDeals(statuses[event], starts[event])) {
					continue;
				}
				int count = stochasticRound(random, deals * size[event] / dealSize);
				int[] registrants = registered.get(event);
				for (int i = 0; i < count; i++) {
					int investor = (registrants.length > 0 && random.nextInt(4) > 0)
							? registrants[random.nextInt(registrants.length)] : organizations.pick(random);
					int otherSide = (organizations.jurisdictionOf(investor) + 1 + random.nextInt(2)) % 3;
					Long partner = (random.nextInt(10) < 6) ? (long) organizations.pickIn(otherSide, random) : null;
					int[] sectors = eventSectors.get(event);
					int sector = sectors[random.nextInt(sectors.length)];
					String currency = currency(random, organizations.jurisdictionOf(investor));
					double cny = logNormal(random, Math.log(50_000_000), 1.3);
					LocalDate signed = starts[event]
						.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(starts[event], ends[event]) + 1));
					Term field = reference.sectors().get(sector);
					Term investorName = organizations.nameOf(investor);
					Term title = new Term(investorName.hant() + field.hant() + "投資協議",
							investorName.hans() + field.hans() + "投资协议",
							investorName.en() + ": " + field.en() + " investment agreement");
					table.add(dealId++, (long) event, (long) investor, partner, reference.sectorIds().get(sector),
							amount(cny, currency), currency, signed, title.hant(), title.hans(), title.en(), null, null,
							0L, stamp(signed), stamp(signed));
				}
			}
		}
	}

	/** Deals are signed at events that took place (or are taking place). */
	private static boolean hasDeals(String status, LocalDate start) {
		return (status.equals("PUBLISHED") || status.equals("COMPLETED")) && !start.isAfter(AS_OF);
	}

}
