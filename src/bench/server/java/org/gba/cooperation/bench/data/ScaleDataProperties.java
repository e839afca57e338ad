package org.gba.cooperation.bench.data;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scale data generator's settings (profile {@code bench} only; see BENCHMARKS.md,
 * "Scale data").
 *
 * @param scaleFactor how much data to generate into an empty database at start-up: 1 is
 * about 1,000 organisations, 1,000 joint labs, 10,000 projects, 50,000 investments,
 * 20,000 people, 100,000 talent arrangements and 1,000 events with 20,000 registrations;
 * 10 is ten times that, 0.01 a hundredth. Unset (the default): nothing is generated
 * @param seed the seed of the generator: the same seed and scale factor give the same
 * rows
 * @param batchSize rows per multi-row {@code INSERT} statement (fewer for tables whose
 * rows have many columns, so that a statement has at most 60,000 parameters)
 * @param exit whether to stop the application as soon as it has started, the data
 * generated: a generate-only run
 */
@ConfigurationProperties("gba.bench.data")
public record ScaleDataProperties(@Nullable BigDecimal scaleFactor, @DefaultValue("42") long seed,
		@DefaultValue("5000") int batchSize, @DefaultValue("false") boolean exit) {

}
