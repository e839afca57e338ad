package org.gba.cooperation.exports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.execution.CoercedVariables;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import org.gba.cooperation.writes.UserErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The document of a bulk export, checked and prepared for running page by page: a query
 * of exactly one operation, without variables, whose one top-level field (through
 * fragments) is a connection with its {@code nodes} or {@code edges { node }} selected,
 * without paging arguments of its own. Prepared, the document takes two variables,
 * {@value #FIRST} and {@value #AFTER}, as the connection's {@code first} and
 * {@code after}, and asks for the page's {@code pageInfo} under an alias of its own; the
 * first page's document asks for {@code totalCount} too. What the node selects stays as
 * the caller wrote it.
 */
final class ExportQuery {

	static final String FIRST = "gbaExportFirst";

	static final String AFTER = "gbaExportAfter";

	static final String PAGE_INFO = "gbaExportPageInfo";

	static final String TOTAL_COUNT = "gbaExportTotalCount";

	private static final Set<String> PAGING_ARGUMENTS = Set.of("first", "after", "last", "before");

	/**
	 * The export's document, prepared.
	 *
	 * @param firstPage the document of the first page (with the total count)
	 * @param nextPages the document of the other pages
	 * @param rootKey the response key of the connection field
	 * @param nodesKey the response key of {@code nodes}, when selected
	 * @param edgesKey the response key of {@code edges}, when {@code nodes} is not
	 * selected
	 * @param nodeKey the response key of {@code node} in {@code edges}
	 * @param columns the CSV columns, in the order of the node's selection
	 */
	record Prepared(String firstPage, String nextPages, String rootKey, @Nullable String nodesKey,
			@Nullable String edgesKey, @Nullable String nodeKey, List<Column> columns) {

		/** The nodes of one page's connection object, in order. */
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes(Map<String, Object> connection) {
			if (this.nodesKey != null) {
				Object nodes = connection.get(this.nodesKey);
				return (nodes instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
			}
			List<Map<String, Object>> nodes = new ArrayList<>();
			if (connection.get(this.edgesKey) instanceof List<?> edges) {
				for (Object edge : edges) {
					if (edge instanceof Map<?, ?> map && map.get(this.nodeKey) instanceof Map<?, ?> node) {
						nodes.add((Map<String, Object>) node);
					}
				}
			}
			return nodes;
		}

	}

	/**
	 * A CSV column: a scalar or enum field of the node, or of an object under it, named
	 * by its dotted path of response keys ({@code person.name}); a list is one column,
	 * its value in JSON.
	 */
	record Column(String name, List<String> path, boolean json) {
	}

	/** A document that cannot be exported, and why: a user error of the mutation. */
	static final class Refusal extends RuntimeException {

		private final UserErrorCode code;

		private final String messageCode;

		private final List<Object> arguments;

		Refusal(UserErrorCode code, String messageCode, String english, Object... arguments) {
			super(english, null, false, false);
			this.code = code;
			this.messageCode = messageCode;
			this.arguments = List.of(arguments);
		}

		UserErrorCode code() {
			return this.code;
		}

		String messageCode() {
			return this.messageCode;
		}

		List<Object> arguments() {
			return this.arguments;
		}

	}

	private ExportQuery() {
	}

	/**
	 * Checks the document and prepares it.
	 * @param text the document as the caller sent it
	 * @param schema the API's schema
	 * @param maxTokens the most tokens the parser reads (as for any request)
	 * @throws Refusal when the document cannot be exported
	 */
	static Prepared prepare(String text, GraphQLSchema schema, int maxTokens) {
		Document document = parse(text, maxTokens);
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.size() != 1) {
			throw new Refusal(UserErrorCode.EXPORT_ONE_OPERATION, "export.oneOperation",
					"The query must hold exactly one operation, not " + operations.size(), operations.size());
		}
		OperationDefinition operation = operations.get(0);
		if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
			throw new Refusal(UserErrorCode.EXPORT_NOT_A_QUERY, "export.notAQuery",
					"Only a query can be exported, not a " + operation.getOperation().name().toLowerCase(Locale.ROOT),
					operation.getOperation().name().toLowerCase(Locale.ROOT));
		}
		if (!operation.getVariableDefinitions().isEmpty()) {
			throw new Refusal(UserErrorCode.EXPORT_VARIABLES, "export.variables",
					"An exported query takes no variables: write the values into the query");
		}
		List<ValidationError> errors = graphql.ParseAndValidate.validate(schema, document, Locale.ENGLISH);
		if (!errors.isEmpty()) {
			String message = errors.get(0).getDescription();
			throw new Refusal(UserErrorCode.EXPORT_INVALID_QUERY, "export.invalidQuery",
					"The query does not fit the schema: " + message, message);
		}
		ExecutableNormalizedOperation normalized = ExecutableNormalizedOperationFactory
			.createExecutableNormalizedOperation(schema, document, null, CoercedVariables.emptyVariables());
		List<ExecutableNormalizedField> roots = normalized.getTopLevelFields();
		if (roots.size() != 1) {
			throw new Refusal(UserErrorCode.EXPORT_ONE_FIELD, "export.oneField",
					"The query must select exactly one top-level field, a connection, not " + roots.size(),
					roots.size());
		}
		ExecutableNormalizedField root = roots.get(0);
		GraphQLType rootType = GraphQLTypeUtil.unwrapAll(root.getFieldDefinitions(schema).get(0).getType());
		if (!(rootType instanceof GraphQLObjectType connection) || !connection.getName().endsWith("Connection")
				|| connection.getFieldDefinition("pageInfo") == null) {
			throw new Refusal(UserErrorCode.EXPORT_NOT_A_CONNECTION, "export.notAConnection",
					"The top-level field " + root.getName() + " is not a connection", root.getName());
		}
		ExecutableNormalizedField nodes = child(root, "nodes");
		ExecutableNormalizedField edges = (nodes == null) ? child(root, "edges") : null;
		ExecutableNormalizedField node = (edges != null) ? child(edges, "node") : null;
		ExecutableNormalizedField rows = (nodes != null) ? nodes : node;
		if (rows == null) {
			throw new Refusal(UserErrorCode.EXPORT_NOT_A_CONNECTION, "export.noNodes",
					"Select the nodes of " + root.getName() + ": nodes { ... } or edges { node { ... } }",
					root.getName());
		}
		List<Column> columns = new ArrayList<>();
		columns(rows, schema, "", List.of(), columns);
		Document nextPages = rewrite(document, operation, false);
		Document firstPage = rewrite(document, operation, true);
		return new Prepared(AstPrinter.printAstCompact(firstPage), AstPrinter.printAstCompact(nextPages),
				root.getResultKey(), (nodes != null) ? nodes.getResultKey() : null,
				(edges != null) ? edges.getResultKey() : null, (node != null) ? node.getResultKey() : null,
				List.copyOf(columns));
	}

	private static Document parse(String text, int maxTokens) {
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
			.transform((builder) -> builder.maxTokens(maxTokens + 1));
		try {
			return new Parser()
				.parseDocument(ParserEnvironment.newParserEnvironment().document(text).parserOptions(options).build());
		}
		catch (InvalidSyntaxException ex) {
			String message = String.valueOf(ex.getMessage());
			throw new Refusal(UserErrorCode.EXPORT_SYNTAX_ERROR, "export.syntaxError",
					"The query is not valid GraphQL: " + message, message);
		}
	}

	private static @Nullable ExecutableNormalizedField child(ExecutableNormalizedField parent, String name) {
		return parent.getChildren().stream().filter((field) -> field.getName().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The columns of a node's selection: scalars and enums by their dotted path, objects
	 * flattened, lists whole.
	 */
	private static void columns(ExecutableNormalizedField parent, GraphQLSchema schema, String prefix,
			List<String> path, List<Column> columns) {
		Map<String, ExecutableNormalizedField> byKey = new LinkedHashMap<>();
		for (ExecutableNormalizedField child : parent.getChildren()) {
			byKey.putIfAbsent(child.getResultKey(), child);
		}
		for (ExecutableNormalizedField child : byKey.values()) {
			String name = prefix + child.getResultKey();
			List<String> childPath = new ArrayList<>(path);
			childPath.add(child.getResultKey());
			GraphQLFieldDefinition definition = child.getFieldDefinitions(schema).get(0);
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
			if (type instanceof GraphQLList) {
				columns.add(new Column(name, List.copyOf(childPath), true));
			}
			else if (type instanceof GraphQLCompositeType) {
				columns(child, schema, name + ".", childPath, columns);
			}
			else {
				columns.add(new Column(name, List.copyOf(childPath), false));
			}
		}
	}

	/**
	 * The document with the paging variables declared, and set on every occurrence of the
	 * top-level field (directly, or in fragments on the query type).
	 */
	private static Document rewrite(Document document, OperationDefinition operation, boolean withTotalCount) {
		List<Definition> definitions = new ArrayList<>();
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.putIfAbsent(fragment.getName(), fragment);
		}
		Set<String> rootFragments = new HashSet<>();
		collectRootFragments(operation.getSelectionSet(), fragments, rootFragments);
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition == operation) {
				definitions
					.add(operation.transform((builder) -> builder
						.variableDefinitions(List.of(
								VariableDefinition.newVariableDefinition(FIRST,
										NonNullType.newNonNullType(new TypeName("Int")).build())
									.build(),
								VariableDefinition.newVariableDefinition(AFTER, new TypeName("String")).build()))
						.selectionSet(atRoot(operation.getSelectionSet(), withTotalCount))));
			}
			else if (definition instanceof FragmentDefinition fragment && rootFragments.contains(fragment.getName())) {
				definitions.add(fragment
					.transform((builder) -> builder.selectionSet(atRoot(fragment.getSelectionSet(), withTotalCount))));
			}
			else {
				definitions.add(definition);
			}
		}
		return document.transform((builder) -> builder.definitions(definitions));
	}

	private static void collectRootFragments(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments,
			Set<String> found) {
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof InlineFragment inline) {
				collectRootFragments(inline.getSelectionSet(), fragments, found);
			}
			else if (selection instanceof FragmentSpread spread && found.add(spread.getName())) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				if (fragment != null) {
					collectRootFragments(fragment.getSelectionSet(), fragments, found);
				}
			}
		}
	}

	/** The top-level selections, each occurrence of the connection field rewritten. */
	private static SelectionSet atRoot(SelectionSet selectionSet, boolean withTotalCount) {
		List<Selection> selections = new ArrayList<>();
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				selections.add(connection(field, withTotalCount));
			}
			else if (selection instanceof InlineFragment inline) {
				selections.add(inline
					.transform((builder) -> builder.selectionSet(atRoot(inline.getSelectionSet(), withTotalCount))));
			}
			else {
				selections.add(selection);
			}
		}
		return selectionSet.transform((builder) -> builder.selections(selections));
	}

	private static Field connection(Field field, boolean withTotalCount) {
		for (Argument argument : field.getArguments()) {
			if (PAGING_ARGUMENTS.contains(argument.getName())) {
				throw new Refusal(UserErrorCode.EXPORT_PAGING_ARGUMENTS, "export.pagingArguments",
						"Leave out " + argument.getName() + " of " + field.getName()
								+ ": an export reads every page of the connection",
						argument.getName(), field.getName());
			}
		}
		List<Argument> arguments = new ArrayList<>(field.getArguments());
		arguments.add(new Argument("first", new VariableReference(FIRST)));
		arguments.add(new Argument("after", new VariableReference(AFTER)));
		List<Selection> selections = new ArrayList<>();
		SelectionSet given = field.getSelectionSet();
		if (given != null) {
			for (Selection<?> selection : given.getSelections()) {
				// What the caller asked of the connection itself is not exported:
				// counting
				// it on every page would cost as much as the pages.
				boolean aboutTheConnection = selection instanceof Field asked
						&& (asked.getName().equals("totalCount") || asked.getName().equals("pageInfo"));
				if (!aboutTheConnection) {
					selections.add(selection);
				}
			}
		}
		selections.add(Field.newField("pageInfo")
			.alias(PAGE_INFO)
			.selectionSet(SelectionSet.newSelectionSet()
				.selection(new Field("hasNextPage"))
				.selection(new Field("endCursor"))
				.build())
			.build());
		if (withTotalCount) {
			selections.add(Field.newField("totalCount").alias(TOTAL_COUNT).build());
		}
		return field.transform((builder) -> builder.arguments(arguments)
			.selectionSet(SelectionSet.newSelectionSet(selections).build()));
	}

}
