/**
 * The scale data generator: {@link org.gba.cooperation.bench.data.ScaleDataLoader} fills
 * an empty, migrated database at a scale factor at start-up ({@code gba.bench.data.*}),
 * with plain JDBC: one generator per domain ({@code OrganizationGenerator},
 * {@code PersonGenerator}, {@code JointLabGenerator}, {@code ProjectGenerator},
 * {@code EventGenerator}, {@code TalentGenerator}), run in the order of their references
 * by {@link org.gba.cooperation.bench.data.ScaleDataGenerator}, writing through
 * {@code BulkInserter}. See BENCHMARKS.md, "Scale data".
 */
@NullMarked
package org.gba.cooperation.bench.data;

import org.jspecify.annotations.NullMarked;
