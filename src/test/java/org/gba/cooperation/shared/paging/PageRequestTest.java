package org.gba.cooperation.shared.paging;

import java.util.Map;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.gba.cooperation.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Page sizes: at most 100, but for the root connection of a bulk export's page, which the
 * server lets read more ({@link PageRequest#ROOT_PAGE_LIMIT}); nested connections never.
 */
class PageRequestTest {

	@Test
	void aRequestsPageHoldsAtMostAHundred() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PageRequest.from(env(ResultPath.rootPath().segment("jointLabs"), Map.of())));
	}

	@Test
	void theRootConnectionOfABulkExportPageHoldsWhatTheExportAllows() {
		PageRequest page = PageRequest
			.from(env(ResultPath.rootPath().segment("jointLabs"), Map.of(PageRequest.ROOT_PAGE_LIMIT, 1000)));

		assertThat(page.size()).isEqualTo(500);
	}

	@Test
	void aNestedConnectionOfABulkExportPageHoldsAtMostAHundred() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PageRequest
			.from(env(ResultPath.rootPath().segment("organizations").segment("nodes").segment(0).segment("jointLabs"),
					Map.of(PageRequest.ROOT_PAGE_LIMIT, 1000))));
	}

	private static DataFetchingEnvironment env(ResultPath path, Map<Object, Object> context) {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.arguments(Map.of("first", 500))
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString).path(path).build())
			.graphQLContext(GraphQLContext.of(context))
			.build();
	}

}
