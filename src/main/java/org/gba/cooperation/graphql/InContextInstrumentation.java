package org.gba.cooperation.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.InContext;
import org.gba.cooperation.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Applies the {@code @inContext(language:, currency:)} directive of the operation to run
 * (the one {@code operationName} names, or the only one) to the request's
 * {@link InContext}, once the document is parsed (or, for a document from the
 * {@link DocumentCache}, when its execution begins) and before anything else looks at it.
 * Its arguments may be literals or variables (with their defaults). A value that is not
 * one of the enum's is left to validation, which refuses the document as it refuses any
 * other misfit, so it chooses nothing here. The language not chosen by the directive
 * stays the one of the {@code Accept-Language} header or the default
 * ({@link InContextInterceptor}); the currency comes only from the directive.
 */
final class InContextInstrumentation implements Instrumentation {

	static final String DIRECTIVE = "inContext";

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Applied();
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		apply(documentAndVariables.getDocument(), parameters.getOperation(), documentAndVariables.getVariables(),
				parameters.getGraphQLContext(), (Applied) state);
		return documentAndVariables;
	}

	@Override
	public ExecutionContext instrumentExecutionContext(ExecutionContext executionContext,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		// A document from the cache (DocumentCache) was not parsed here: applied now,
		// before the other instrumentations look at it.
		Applied applied = (Applied) state;
		if (!applied.done) {
			ExecutionInput input = executionContext.getExecutionInput();
			apply(executionContext.getDocument(), input.getOperationName(), input.getRawVariables().toMap(),
					executionContext.getGraphQLContext(), applied);
		}
		return executionContext;
	}

	private static void apply(Document document, @Nullable String operationName, Map<String, Object> variables,
			GraphQLContext context, Applied applied) {
		applied.done = true;
		InContext before = InContext.of(context);
		Optional<OperationDefinition> operation = operation(document, operationName);
		Directive directive = operation
			.flatMap((definition) -> definition.getDirectives(DIRECTIVE).stream().findFirst())
			.orElse(null);
		if (operation.isEmpty() || directive == null) {
			return;
		}
		Language language = argument(directive, "language", operation.get(), variables, Language::valueOf);
		CurrencyCode currency = argument(directive, "currency", operation.get(), variables, CurrencyCode::valueOf);
		InContext chosen = new InContext((language != null) ? language : before.language(), currency);
		context.put(InContext.CONTEXT_KEY, chosen);
		Resolved resolved = context.get(Resolved.class);
		if (resolved != null) {
			resolved.set(chosen);
		}
	}

	/**
	 * The operation that runs: the one named, or the only one; none when that is unclear
	 * (validation says so).
	 */
	private static Optional<OperationDefinition> operation(Document document, @Nullable String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null) {
			return (operations.size() == 1) ? Optional.of(operations.get(0)) : Optional.empty();
		}
		return operations.stream().filter((operation) -> operationName.equals(operation.getName())).findFirst();
	}

	/**
	 * An enum argument of the directive, a literal or a variable; null when absent, null
	 * or not a known value.
	 */
	private static <E extends Enum<E>> @Nullable E argument(Directive directive, String name,
			OperationDefinition operation, Map<String, Object> variables, Function<String, E> valueOf) {
		Argument argument = directive.getArgument(name);
		if (argument == null) {
			return null;
		}
		Object value = value(argument.getValue(), operation, variables);
		if (value == null) {
			return null;
		}
		try {
			return valueOf.apply(value.toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Object value(Value<?> value, OperationDefinition operation,
			Map<String, Object> variables) {
		if (value instanceof EnumValue literal) {
			return literal.getName();
		}
		if (value instanceof VariableReference reference) {
			if (variables.containsKey(reference.getName())) {
				return variables.get(reference.getName());
			}
			return operation.getVariableDefinitions()
				.stream()
				.filter((definition) -> definition.getName().equals(reference.getName()))
				.map(VariableDefinition::getDefaultValue)
				.filter((defaultValue) -> defaultValue instanceof EnumValue)
				.map((defaultValue) -> (Object) ((EnumValue) defaultValue).getName())
				.findFirst()
				.orElse(null);
		}
		return null;
	}

	/** Whether the directive was applied, on a cache miss or hit. */
	private static final class Applied implements InstrumentationState {

		private volatile boolean done;

	}

	/**
	 * The request's {@link InContext} as finally chosen, for the interceptor that reports
	 * it on the response.
	 */
	static final class Resolved extends AtomicReference<InContext> {

		Resolved(InContext initial) {
			super(initial);
		}

	}

}
