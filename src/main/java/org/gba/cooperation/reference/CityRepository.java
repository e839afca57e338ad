package org.gba.cooperation.reference;

import java.util.List;

import org.gba.cooperation.shared.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, Long> {

	List<City> findAllByOrderByIdAsc();

	List<City> findByJurisdictionOrderByIdAsc(Jurisdiction jurisdiction);

}
