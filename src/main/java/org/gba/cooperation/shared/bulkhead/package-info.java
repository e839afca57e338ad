/**
 * Bulkheads: heavy work (statistics, searches, large nested pages, bulk exports) runs in
 * compartments of its own, each a bounded number of places and a bounded queue, so that
 * it never takes the threads and database connections that light requests (dashboards,
 * {@code node} look-ups, ordinary pages) need. {@link Bulkheads} is the API: the GraphQL
 * module puts heavy queries through {@link HeavyWork#QUERY}; a bulk export runs its work
 * through {@link HeavyWork#EXPORT} with {@link Bulkheads#run}. A full compartment answers
 * {@link OverloadedException} ({@code OVERLOADED}, HTTP 429 with {@code Retry-After} at
 * the GraphQL endpoint).
 */
@NullMarked
@NamedInterface("bulkhead")
package org.gba.cooperation.shared.bulkhead;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
