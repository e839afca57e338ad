package org.gba.cooperation.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache keeps what parsed and validated, by the document's text, and nothing that
 * failed.
 */
class DocumentCacheTest {

	private final DocumentCache cache = new DocumentCache(300);

	private final AtomicInteger parsed = new AtomicInteger();

	@Test
	void aDocumentSentAgainIsNotParsedAgain() {
		Function<ExecutionInput, PreparsedDocumentEntry> valid = (input) -> {
			this.parsed.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		};

		PreparsedDocumentEntry first = this.cache.getDocumentAsync(input("{ sectors { id } }"), valid).join();
		PreparsedDocumentEntry second = this.cache.getDocumentAsync(input("{ sectors { id } }"), valid).join();

		assertThat(second).isSameAs(first);
		assertThat(this.parsed).hasValue(1);
		assertThat(this.cache.stats().hitCount()).isEqualTo(1);
	}

	@Test
	void aDocumentWithErrorsIsWorkedOutAgainEachTime() {
		Function<ExecutionInput, PreparsedDocumentEntry> invalid = (input) -> {
			this.parsed.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()),
					List.of(ValidationError.newValidationError()
						.validationErrorType(ValidationErrorType.FieldUndefined)
						.description("no such field")
						.build()));
		};

		this.cache.getDocumentAsync(input("{ sectors { nope } }"), invalid).join();
		PreparsedDocumentEntry again = this.cache.getDocumentAsync(input("{ sectors { nope } }"), invalid).join();

		assertThat(again.hasErrors()).isTrue();
		assertThat(this.parsed).hasValue(2);
		assertThat(this.cache.stats().hitCount()).isZero();
	}

	@Test
	void theCacheKeepsAtMostItsSizeInCharacters() {
		Function<ExecutionInput, PreparsedDocumentEntry> valid = (input) -> new PreparsedDocumentEntry(
				Parser.parse(input.getQuery()));
		for (int i = 0; i < 50; i++) {
			this.cache.getDocumentAsync(input("query Q" + i + " { sectors { id } }"), valid).join();
		}

		this.cache.cache().cleanUp();

		// Documents of 27-28 characters: at most 300 characters of them.
		assertThat(this.cache.cache().estimatedSize()).isBetween(1L, 11L);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
