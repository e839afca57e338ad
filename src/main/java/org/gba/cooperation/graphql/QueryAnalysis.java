package org.gba.cooperation.graphql;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.gba.cooperation.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a parsed document asks for, measured without running it and before it is
 * validated: so every walk through fragments is guarded against cycles (which validation
 * would only reject later), and each fragment is measured once, so that fragments
 * spreading fragments twice over cannot make the measuring itself exponential.
 */
final class QueryAnalysis {

	/**
	 * The measures of a selection set.
	 *
	 * @param depth the longest chain of nested fields
	 * @param cost the query cost, as documented on
	 * {@link GraphQlLimitsProperties#maxCost()}
	 * @param fields the fields at its own level, through fragments
	 * @param weighted whether it selects a field priced by its work in the database
	 * ({@code @cost(weight:)}, such as each {@code statistics} aggregate)
	 * @param searches whether it selects a connection with a search text ({@code filter:
	 * {search: ...}}, given or from the variables)
	 */
	record Measures(int depth, long cost, long fields, boolean weighted, boolean searches) {

		static final Measures NONE = new Measures(0, 0, 0, false, false);

		Measures(int depth, long cost, long fields) {
			this(depth, cost, fields, false, false);
		}

		Measures and(Measures other) {
			return new Measures(Math.max(this.depth, other.depth), add(this.cost, other.cost),
					add(this.fields, other.fields), this.weighted || other.weighted, this.searches || other.searches);
		}

	}

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	private final Map<String, Object> variables;

	private final Map<String, VariableDefinition> variableDefinitions = new HashMap<>();

	private final Map<String, Measures> measuredFragments = new HashMap<>();

	private final Set<String> fragmentsInProgress = new HashSet<>();

	private QueryAnalysis(Document document, OperationDefinition operation, GraphQLSchema schema,
			Map<String, Object> variables) {
		this.schema = schema;
		this.variables = variables;
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			this.fragments.putIfAbsent(fragment.getName(), fragment);
		}
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			this.variableDefinitions.put(definition.getName(), definition);
		}
	}

	/**
	 * Measures one operation of the document; its root fields are those of
	 * {@link Measures#fields()}.
	 */
	static Measures measure(Document document, OperationDefinition operation, GraphQLSchema schema,
			Map<String, Object> variables) {
		QueryAnalysis analysis = new QueryAnalysis(document, operation, schema, variables);
		return analysis.measure(operation.getSelectionSet(), rootType(schema, operation));
	}

	/** How many fields of the document have an alias, wherever they are. */
	static int aliases(Document document) {
		return count(document, (node) -> node instanceof Field field && field.getAlias() != null);
	}

	/** How many directives the document has, wherever they are. */
	static int directives(Document document) {
		return count(document, (node) -> node instanceof Directive);
	}

	private static int count(Document document, Predicate<Node<?>> counted) {
		// Iterative, as documents may nest deeply; each node of the tree is seen once.
		int count = 0;
		Deque<Node<?>> pending = new ArrayDeque<>();
		pending.push(document);
		while (!pending.isEmpty()) {
			Node<?> node = pending.pop();
			if (counted.test(node)) {
				count++;
			}
			for (Node<?> child : node.getChildren()) {
				pending.push(child);
			}
		}
		return count;
	}

	private Measures measure(@Nullable SelectionSet selectionSet, @Nullable GraphQLType parent) {
		Measures measures = Measures.NONE;
		if (selectionSet == null) {
			return measures;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				measures = measures.and(measure(field, parent));
			}
			else if (selection instanceof InlineFragment inline) {
				GraphQLType type = (inline.getTypeCondition() != null)
						? this.schema.getType(inline.getTypeCondition().getName()) : parent;
				measures = measures.and(measure(inline.getSelectionSet(), type));
			}
			else if (selection instanceof FragmentSpread spread) {
				measures = measures.and(measureFragment(spread.getName()));
			}
		}
		return measures;
	}

	private Measures measureFragment(String name) {
		Measures known = this.measuredFragments.get(name);
		if (known != null) {
			return known;
		}
		FragmentDefinition fragment = this.fragments.get(name);
		// An unknown fragment, or one spread inside itself: validation refuses both, once
		// it runs.
		if (fragment == null || !this.fragmentsInProgress.add(name)) {
			return Measures.NONE;
		}
		Measures measures = measure(fragment.getSelectionSet(),
				this.schema.getType(fragment.getTypeCondition().getName()));
		this.fragmentsInProgress.remove(name);
		this.measuredFragments.put(name, measures);
		return measures;
	}

	private Measures measure(Field field, @Nullable GraphQLType parent) {
		GraphQLFieldDefinition definition = fieldDefinition(parent, field.getName());
		GraphQLType type = (definition != null) ? GraphQLTypeUtil.unwrapAll(definition.getType()) : null;
		Measures below = measure(field.getSelectionSet(), type);
		boolean weighted = below.weighted() || CostWeight.of(definition) > 1;
		boolean searches = below.searches() || searches(field);
		long cost;
		if ((type != null) ? !(type instanceof GraphQLCompositeType) : field.getSelectionSet() == null) {
			cost = 0;
		}
		else if (type instanceof GraphQLObjectType object && object.getName().endsWith("Connection")) {
			cost = add(CostWeight.of(definition), multiply(pageSize(field), below.cost()));
		}
		else {
			// A plain list is not multiplied: its size is not known before it runs.
			cost = add(CostWeight.of(definition), below.cost());
		}
		return new Measures(below.depth() + 1, cost, 1, weighted, searches);
	}

	/**
	 * Whether the field is given a search text: a {@code filter} whose {@code search} is
	 * a text that is not blank, written in the document or from the variables.
	 */
	private boolean searches(Field field) {
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals("filter") && isSearch(resolve(argument.getValue()))) {
				return true;
			}
		}
		return false;
	}

	private boolean isSearch(@Nullable Object filter) {
		Object search = null;
		if (filter instanceof ObjectValue object) {
			for (ObjectField field : object.getObjectFields()) {
				if (field.getName().equals("search")) {
					search = resolve(field.getValue());
				}
			}
		}
		else if (filter instanceof Map<?, ?> map) {
			search = map.get("search");
		}
		if (search instanceof StringValue text) {
			search = text.getValue();
		}
		return search instanceof String text && !text.isBlank();
	}

	/**
	 * A value as written, or the variable's value (its default value when not given) when
	 * it is a variable.
	 */
	private @Nullable Object resolve(@Nullable Value<?> value) {
		if (value instanceof VariableReference reference) {
			String name = reference.getName();
			if (this.variables.containsKey(name)) {
				return this.variables.get(name);
			}
			VariableDefinition definition = this.variableDefinitions.get(name);
			return (definition != null) ? definition.getDefaultValue() : null;
		}
		return value;
	}

	private @Nullable GraphQLFieldDefinition fieldDefinition(@Nullable GraphQLType parent, String name) {
		if (parent == this.schema.getQueryType()) {
			if (name.equals(this.schema.getIntrospectionSchemaFieldDefinition().getName())) {
				return this.schema.getIntrospectionSchemaFieldDefinition();
			}
			if (name.equals(this.schema.getIntrospectionTypeFieldDefinition().getName())) {
				return this.schema.getIntrospectionTypeFieldDefinition();
			}
		}
		return (parent instanceof GraphQLFieldsContainer container) ? container.getFieldDefinition(name) : null;
	}

	/**
	 * The page size a connection field asks for: its {@code first} or {@code last}, from
	 * the variables when given as variables. Bounded by what {@link PageRequest} accepts,
	 * so that a page size it refuses is refused with its own message rather than as too
	 * costly.
	 */
	private long pageSize(Field field) {
		Integer size = null;
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals("first") || argument.getName().equals("last")) {
				Integer value = intValue(argument.getValue());
				if (value != null) {
					size = (size == null) ? value : Math.max(size, value);
				}
			}
		}
		int pageSize = (size != null) ? size : PageRequest.DEFAULT_PAGE_SIZE;
		return Math.max(0, Math.min(pageSize, PageRequest.MAX_PAGE_SIZE));
	}

	private @Nullable Integer intValue(@Nullable Value<?> value) {
		if (value instanceof IntValue number) {
			return number.getValue()
				.min(BigInteger.valueOf(Integer.MAX_VALUE))
				.max(BigInteger.valueOf(Integer.MIN_VALUE))
				.intValue();
		}
		if (value instanceof VariableReference reference) {
			String name = reference.getName();
			if (this.variables.containsKey(name)) {
				return (this.variables.get(name) instanceof Number number) ? number.intValue() : null;
			}
			VariableDefinition definition = this.variableDefinitions.get(name);
			return (definition != null) ? intValue(definition.getDefaultValue()) : null;
		}
		return null;
	}

	private static @Nullable GraphQLType rootType(GraphQLSchema schema, OperationDefinition operation) {
		return switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long multiply(long a, long b) {
		return (a != 0 && b > Long.MAX_VALUE / a) ? Long.MAX_VALUE : a * b;
	}

}
