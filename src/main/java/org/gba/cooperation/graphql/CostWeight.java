package org.gba.cooperation.graphql;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The points an object-valued field costs by itself: 1, or the weight its schema
 * definition gives with {@code @cost(weight:)}, for fields whose database work grows with
 * the data rather than with what they select (the statistics). The requested cost
 * ({@link QueryAnalysis}) and the actual cost ({@link ActualCost}) both price a field by
 * it.
 */
final class CostWeight {

	static final String DIRECTIVE = "cost";

	private CostWeight() {
	}

	static long of(@Nullable GraphQLFieldDefinition definition) {
		if (definition == null) {
			return 1;
		}
		GraphQLAppliedDirective cost = definition.getAppliedDirective(DIRECTIVE);
		GraphQLAppliedDirectiveArgument weight = (cost != null) ? cost.getArgument("weight") : null;
		Object value = (weight != null) ? weight.getValue() : null;
		return (value instanceof Number number) ? Math.max(1, number.longValue()) : 1;
	}

}
