package org.gba.cooperation.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, Long> {

	List<City> findAllByOrderByIdAsc();

}
