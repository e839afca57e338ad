package org.gba.cooperation.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation names metrics carry are bounded: a client cannot add a time series per
 * request by naming each operation anew.
 */
class OperationNamesTest {

	@Test
	void theFirstNamesAreKeptAndLaterOnesCountAsAnonymous() {
		OperationNames names = new OperationNames(List.of(), 2);

		assertThat(names.label("Dashboard")).isEqualTo("Dashboard");
		assertThat(names.label("Labs")).isEqualTo("Labs");
		assertThat(names.label("Third")).isEqualTo(OperationNames.ANONYMOUS);
		assertThat(names.label("Dashboard")).isEqualTo("Dashboard");
	}

	@Test
	void anOperationWithoutANameOrWithAMalformedOneIsAnonymous() {
		OperationNames names = new OperationNames(List.of(), 100);

		assertThat(names.label(null)).isEqualTo(OperationNames.ANONYMOUS);
		assertThat(names.label("")).isEqualTo(OperationNames.ANONYMOUS);
		assertThat(names.label("a name\nwith a line break")).isEqualTo(OperationNames.ANONYMOUS);
		assertThat(names.label("x".repeat(101))).isEqualTo(OperationNames.ANONYMOUS);
		assertThat(names.label("x".repeat(100))).isEqualTo("x".repeat(100));
	}

	@Test
	void withATrustedManifestOnlyItsOperationsHaveNames() {
		OperationNames names = new OperationNames(
				List.of("query Dashboard { sectors { code } }", "mutation Archive { __typename } query Other { a }"),
				100);

		assertThat(names.label("Dashboard")).isEqualTo("Dashboard");
		assertThat(names.label("Archive")).isEqualTo("Archive");
		assertThat(names.label("Other")).isEqualTo("Other");
		assertThat(names.label("NotInTheManifest")).isEqualTo(OperationNames.ANONYMOUS);
	}

}
