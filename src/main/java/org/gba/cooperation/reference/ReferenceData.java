package org.gba.cooperation.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The public API of this module: cities and sectors, looked up in batches. */
@Service
@ReadOnlyQueries
public class ReferenceData {

	private final CityRepository cities;

	private final SectorRepository sectors;

	private final VisibleRecords records;

	ReferenceData(CityRepository cities, SectorRepository sectors, VisibleRecords records) {
		this.cities = cities;
		this.sectors = sectors;
		this.records = records;
	}

	public List<City> cities(@Nullable Jurisdiction jurisdiction) {
		return (jurisdiction != null) ? this.cities.findByJurisdictionOrderByIdAsc(jurisdiction)
				: this.cities.findAllByOrderByIdAsc();
	}

	public List<Sector> sectors(@Nullable SectorGroup group) {
		return (group != null) ? this.sectors.findByGroupOrderByIdAsc(group) : this.sectors.findAllByOrderByIdAsc();
	}

	public Map<Long, City> citiesById(Collection<Long> ids) {
		return this.records.mapById(City.class, ids);
	}

	public Map<Long, Sector> sectorsById(Collection<Long> ids) {
		return this.records.mapById(Sector.class, ids);
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
		return this.records.findAll(City.class, ids);
	}

	public List<Sector> findSectors(Collection<Long> ids) {
		return this.records.findAll(Sector.class, ids);
	}

}
