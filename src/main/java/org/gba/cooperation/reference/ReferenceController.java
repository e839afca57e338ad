package org.gba.cooperation.reference;

import java.util.List;

import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.NodeLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code cities} and {@code sectors} queries, and the data loaders through which
 * every other module resolves a city or sector in batches
 * ({@code DataLoader<Long, City>}, {@code DataLoader<Long, Sector>}).
 */
@Controller
class ReferenceController {

	private final ReferenceData referenceData;

	ReferenceController(ReferenceData referenceData, BatchLoaderRegistry registry) {
		this.referenceData = referenceData;
		registry.forTypePair(Long.class, City.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> referenceData.citiesById(ids)));
		registry.forTypePair(Long.class, Sector.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> referenceData.sectorsById(ids)));
	}

	@QueryMapping
	List<City> cities(@Argument @Nullable Jurisdiction jurisdiction) {
		return this.referenceData.cities(jurisdiction);
	}

	@QueryMapping
	List<Sector> sectors(@Argument @Nullable SectorGroup group) {
		return this.referenceData.sectors(group);
	}

	@Bean
	static NodeLoader<City> cityNodeLoader(ReferenceData referenceData) {
		return NodeLoader.of("City", referenceData::findCities);
	}

	@Bean
	static NodeLoader<Sector> sectorNodeLoader(ReferenceData referenceData) {
		return NodeLoader.of("Sector", referenceData::findSectors);
	}

}
