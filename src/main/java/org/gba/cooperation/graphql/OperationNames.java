package org.gba.cooperation.graphql;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The operation names that metrics may carry as a label. A client chooses its operation's
 * name, so a label of any name would let callers create time series without end (a
 * Prometheus server's memory grows with each). Counted by name: the operations of the
 * trusted manifest ({@code trusted-only} mode), and otherwise the first
 * {@code gba.graphql.telemetry.max-operation-names} distinct names this instance has run;
 * an operation without a name, or one beyond those, is counted as {@value #ANONYMOUS}.
 * Logs keep the real name when it is a well-formed GraphQL name.
 */
final class OperationNames {

	/** The label of an operation without a name, or one not counted by name. */
	static final String ANONYMOUS = "anonymous";

	private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,99}");

	private final Set<String> trusted;

	private final Set<String> admitted = ConcurrentHashMap.newKeySet();

	private final int maxAdmitted;

	OperationNames(Collection<String> trustedDocuments, int maxAdmitted) {
		this.trusted = Set.copyOf(operationNames(trustedDocuments));
		this.maxAdmitted = (trustedDocuments.isEmpty()) ? maxAdmitted : 0;
	}

	/** The label for an operation of this name. */
	String label(@Nullable String name) {
		String wellFormed = wellFormed(name);
		if (wellFormed == null) {
			return ANONYMOUS;
		}
		if (this.trusted.contains(wellFormed) || this.admitted.contains(wellFormed)) {
			return wellFormed;
		}
		// Racing threads may admit a name or two over the bound: it stays bounded.
		if (this.admitted.size() < this.maxAdmitted) {
			this.admitted.add(wellFormed);
			return wellFormed;
		}
		return ANONYMOUS;
	}

	/**
	 * The name if it is a GraphQL name (and at most 100 characters), so that a log line
	 * never carries anything else a client put there.
	 */
	static @Nullable String wellFormed(@Nullable String name) {
		return (name != null && NAME.matcher(name).matches()) ? name : null;
	}

	private static Set<String> operationNames(Collection<String> documents) {
		Set<String> names = new java.util.HashSet<>();
		for (String document : documents) {
			try {
				Document parsed = Parser.parse(document);
				for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
					if (operation.getName() != null) {
						names.add(operation.getName());
					}
				}
			}
			catch (InvalidSyntaxException ex) {
				// A document that does not parse never runs: it has no name to count.
			}
		}
		return names;
	}

}
