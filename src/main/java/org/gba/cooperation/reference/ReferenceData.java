package org.gba.cooperation.reference;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The public API of this module: cities and sectors, looked up in batches.
 * <p>
 * Both tables change only with a migration (no mutation writes them), and hold a few
 * dozen rows: they are read whole once, on first use, and every look-up is answered from
 * memory (no statement per request for a city or a sector). An ID that is not in memory
 * (a row added by a migration while the instance ran) reads both tables again. Written
 * here rather than with a cache library: the unit is the whole table, loaded once, and
 * nothing ever expires.
 */
@Service
@ReadOnlyQueries
public class ReferenceData {

	private final CityRepository cities;

	private final SectorRepository sectors;

	private volatile @Nullable Snapshot snapshot;

	ReferenceData(CityRepository cities, SectorRepository sectors) {
		this.cities = cities;
		this.sectors = sectors;
	}

	public List<City> cities(@Nullable Jurisdiction jurisdiction) {
		return snapshot().cities.values()
			.stream()
			.filter((city) -> jurisdiction == null || city.getJurisdiction() == jurisdiction)
			.toList();
	}

	public List<Sector> sectors(@Nullable SectorGroup group) {
		return snapshot().sectors.values()
			.stream()
			.filter((sector) -> group == null || sector.getGroup() == group)
			.toList();
	}

	public Map<Long, City> citiesById(Collection<Long> ids) {
		return pick(ids, (snapshot) -> snapshot.cities);
	}

	public Map<Long, Sector> sectorsById(Collection<Long> ids) {
		return pick(ids, (snapshot) -> snapshot.sectors);
	}

	/**
	 * The city a mutation input names by global ID; a user error NOT_FOUND at
	 * {@code ["input", field]} when there is none.
	 */
	public City requireCity(String id, String field) {
		long cityId = GlobalId.decode(id, "City");
		City city = citiesById(List.of(cityId)).get(cityId);
		if (city == null) {
			throw new UserErrorException(UserErrorCode.NOT_FOUND, LocalizedMessage.of("city.notFound", id), "input",
					field);
		}
		return city;
	}

	/**
	 * The sector a mutation input names by global ID; a user error NOT_FOUND at
	 * {@code ["input", field]} when there is none.
	 */
	public Sector requireSector(String id, String field) {
		long sectorId = GlobalId.decode(id, "Sector");
		Sector sector = sectorsById(List.of(sectorId)).get(sectorId);
		if (sector == null) {
			throw new UserErrorException(UserErrorCode.NOT_FOUND, LocalizedMessage.of("sector.notFound", id), "input",
					field);
		}
		return sector;
	}

	public List<City> findCities(Collection<Long> ids) {
		return List.copyOf(citiesById(ids).values());
	}

	public List<Sector> findSectors(Collection<Long> ids) {
		return List.copyOf(sectorsById(ids).values());
	}

	/**
	 * The rows with these IDs, in the order of the IDs; an unknown ID reads again once.
	 */
	private <T> Map<Long, T> pick(Collection<Long> ids, Function<Snapshot, Map<Long, T>> table) {
		Map<Long, T> rows = table.apply(snapshot());
		if (!rows.keySet().containsAll(ids)) {
			this.snapshot = null;
			rows = table.apply(snapshot());
		}
		Map<Long, T> picked = new LinkedHashMap<>();
		for (Long id : ids) {
			T row = rows.get(id);
			if (row != null) {
				picked.put(id, row);
			}
		}
		return picked;
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			current = new Snapshot(byId(this.cities.findAllByOrderByIdAsc()),
					byId(this.sectors.findAllByOrderByIdAsc()));
			this.snapshot = current;
		}
		return current;
	}

	private static <T extends BaseEntity> Map<Long, T> byId(List<T> rows) {
		Map<Long, T> byId = new LinkedHashMap<>();
		for (T row : rows) {
			byId.put(row.getId(), row);
		}
		return Collections.unmodifiableMap(byId);
	}

	/** Both tables as read, each in the order of its IDs. */
	private record Snapshot(Map<Long, City> cities, Map<Long, Sector> sectors) {
	}

}
