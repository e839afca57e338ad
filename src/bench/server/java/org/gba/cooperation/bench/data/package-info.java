/**
 * The scale data generator: {@link org.gba.cooperation.bench.data.ScaleDataLoader} fills an empty,
 * migrated database at a scale factor at start-up ({@code gba.bench.data.*}), with plain JDBC
 * ({@link org.gba.cooperation.bench.data.ScaleDataGenerator}). See BENCHMARKS.md, "Scale data".
 */
@NullMarked
package org.gba.cooperation.bench.data;

import org.jspecify.annotations.NullMarked;
