package org.gba.cooperation.graphql;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.FetchedValue;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The cost of a query as it ran: the requested cost's formula (see
 * {@link GraphQlLimitsProperties#maxCost()}) with each connection's page size replaced by
 * the number of nodes it actually returned, on average over the times it ran (a
 * connection nested in a list runs once per parent). Fields that never ran (under an
 * empty page, or a parent that was null) cost nothing.
 * <p>
 * When every page is full this is the requested cost; otherwise it is less. For
 * connections nested only in connections, it is exactly the number of objects the
 * response holds (the connections, their nodes and the objects under them), as the
 * averages multiply back to totals.
 * <p>
 * Fields are told apart by their place in the response without list indices ({@code
 * jointLabs/nodes/members}), so that an alias is a place of its own. Safe for the
 * concurrent completion of fields.
 */
final class ActualCost {

	private final Map<List<String>, Place> places = new ConcurrentHashMap<>();

	/**
	 * Records that an object-valued field completed at its place, with the value it
	 * fetched.
	 */
	void completed(ExecutionStepInfo step, @Nullable Object fetched) {
		GraphQLType type = GraphQLTypeUtil.unwrapAll(step.getType());
		if (!(type instanceof GraphQLCompositeType)) {
			return;
		}
		Place place = this.places.computeIfAbsent(step.getPath().getKeysOnly(),
				(keys) -> new Place(isConnection(type), CostWeight.of(step.getFieldDefinition())));
		Object value = unwrap(fetched);
		if (place.connection && value != null) {
			place.runs.increment();
		}
		ExecutionStepInfo parent = step.getParent();
		String name = step.getFieldDefinition().getName();
		if ((name.equals("nodes") || name.equals("edges")) && parent != null
				&& isConnection(GraphQLTypeUtil.unwrapAll(parent.getType()))) {
			Place connection = this.places.get(parent.getPath().getKeysOnly());
			if (connection != null) {
				(name.equals("nodes") ? connection.nodes : connection.edges).add(size(value));
			}
		}
	}

	/** The cost of what ran, rounded to the nearest whole point. */
	long total() {
		double total = 0;
		for (Map.Entry<List<String>, Place> entry : this.places.entrySet()) {
			List<String> keys = entry.getKey();
			double weight = entry.getValue().weight;
			for (int length = 1; length < keys.size() && weight > 0; length++) {
				Place enclosing = this.places.get(keys.subList(0, length));
				if (enclosing != null && enclosing.connection) {
					weight *= enclosing.averageNodes();
				}
			}
			total += weight;
		}
		return Math.round(total);
	}

	private static boolean isConnection(GraphQLType type) {
		return type instanceof GraphQLNamedType named && named.getName().endsWith("Connection");
	}

	private static @Nullable Object unwrap(@Nullable Object fetched) {
		return (fetched instanceof FetchedValue value) ? value.getFetchedValue() : fetched;
	}

	private static long size(@Nullable Object list) {
		if (list instanceof Collection<?> collection) {
			return collection.size();
		}
		if (list != null && list.getClass().isArray()) {
			return Array.getLength(list);
		}
		if (list instanceof Iterable<?> iterable) {
			long size = 0;
			for (Object ignored : iterable) {
				size++;
			}
			return size;
		}
		return 0;
	}

	/**
	 * One place of the response: how often its connection ran and how many nodes it
	 * returned in all.
	 */
	private static final class Place {

		private final boolean connection;

		/** What the field costs by itself ({@link CostWeight}). */
		private final long weight;

		private final LongAdder runs = new LongAdder();

		private final LongAdder nodes = new LongAdder();

		private final LongAdder edges = new LongAdder();

		Place(boolean connection, long weight) {
			this.connection = connection;
			this.weight = weight;
		}

		/**
		 * The nodes per run, from {@code nodes} or {@code edges} (whichever was selected;
		 * both count the same).
		 */
		double averageNodes() {
			long runs = this.runs.sum();
			return (runs == 0) ? 0 : (double) Math.max(this.nodes.sum(), this.edges.sum()) / runs;
		}

	}

}
