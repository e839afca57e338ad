package org.gba.cooperation.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursor pagination of connections: forwards, backwards, ordering, and the page-size
 * limits.
 */
class PaginationIT extends GraphQlIntegrationTestSupport {

	@Test
	void pagingForwardsVisitsEveryLabOnceInNameOrder() {
		List<String> all = allNames(Map.of("field", "NAME", "direction", "ASC"), 7);

		assertThat(all).hasSize(40).doesNotHaveDuplicates();
		assertThat(all).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void pagingBackwardsFromTheEndGivesTheSameLabsInTheSameOrder() {
		List<String> forwards = allNames(Map.of("field", "START_DATE", "direction", "DESC"), 9);
		List<String> backwards = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response response = this.graphQl.documentName("labs/labsPage")
				.variable("last", 9)
				.variable("before", before)
				.variable("orderBy", Map.of("field", "START_DATE", "direction", "DESC"))
				.execute();
			List<String> names = response.path("jointLabs.edges[*].node.name").entityList(String.class).get();
			backwards.addAll(0, names);
			hasPrevious = response.path("jointLabs.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("jointLabs.pageInfo.startCursor").entity(String.class).get();
		}

		assertThat(backwards).isEqualTo(forwards);
	}

	@Test
	void aPageAfterACursorStartsRightAfterIt() {
		GraphQlTester.Response first = this.graphQl.documentName("labs/labsPage").variable("first", 5).execute();
		String thirdCursor = first.path("jointLabs.edges[2].cursor").entity(String.class).get();
		List<String> firstNames = first.path("jointLabs.edges[*].node.name").entityList(String.class).get();

		GraphQlTester.Response next = this.graphQl.documentName("labs/labsPage")
			.variable("first", 2)
			.variable("after", thirdCursor)
			.execute();

		next.path("jointLabs.edges[*].node.name")
			.entityList(String.class)
			.containsExactly(firstNames.get(3), firstNames.get(4));
		next.path("jointLabs.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		next.path("jointLabs.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		next.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(40);
	}

	@Test
	void withoutArgumentsAConnectionReturnsTwentyItems() {
		this.graphQl.documentName("labs/labsPage")
			.execute()
			.path("jointLabs.edges")
			.entityList(Object.class)
			.hasSize(20);
	}

	@Test
	void aFirstPageHasNoPreviousPageAndTheLastNoNextPage() {
		GraphQlTester.Response response = this.graphQl.documentName("labs/labsPage").variable("first", 100).execute();
		response.path("jointLabs.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		response.path("jointLabs.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		response.path("jointLabs.edges").entityList(Object.class).hasSize(40);
	}

	@Test
	void anEmptyPageHasNoCursors() {
		GraphQlTester.Response response = this.graphQl.documentName("labs/labsPage")
			.variable("first", 10)
			.variable("filter", Map.of("search", "no lab has this name"))
			.execute();
		response.path("jointLabs.edges").entityList(Object.class).hasSize(0);
		response.path("jointLabs.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("jointLabs.pageInfo.startCursor").valueIsNull();
		response.path("jointLabs.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void firstAboveOneHundredIsAClearError() {
		this.graphQl.documentName("labs/labsPage").variable("first", 101).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo("`first` must be between 0 and 100, was 101");
			assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
		});
	}

	@Test
	void lastAboveOneHundredIsAClearError() {
		this.graphQl.documentName("labs/labsPage").variable("last", 500).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo("`last` must be between 0 and 100, was 500");
		});
	}

	@Test
	void aNegativePageSizeIsAClearError() {
		this.graphQl.documentName("labs/labsPage").variable("first", -1).execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getMessage()).isEqualTo("`first` must be between 0 and 100, was -1");
		});
	}

	@Test
	void firstAndLastTogetherAreRefused() {
		this.graphQl.documentName("labs/labsPage")
			.variable("first", 5)
			.variable("last", 5)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage())
				.isEqualTo("Pass either `first` or `last`, not both"));
	}

	@Test
	void aCursorOfAnotherOrderingIsRefused() {
		String byName = this.graphQl.documentName("labs/labsPage")
			.variable("first", 1)
			.execute()
			.path("jointLabs.pageInfo.endCursor")
			.entity(String.class)
			.get();

		this.graphQl.documentName("labs/labsPage")
			.variable("first", 1)
			.variable("after", byName)
			.variable("orderBy", Map.of("field", "START_DATE", "direction", "ASC"))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors.get(0).getMessage()).contains("was made for another ordering");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	@Test
	void aMalformedCursorIsAClearError() {
		this.graphQl.documentName("labs/labsPage")
			.variable("first", 1)
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors.get(0).getMessage()).isEqualTo("'not-a-cursor' is not a valid cursor");
				assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST");
			});
	}

	private List<String> allNames(Map<String, String> orderBy, int pageSize) {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response response = this.graphQl.documentName("labs/labsPage")
				.variable("first", pageSize)
				.variable("after", after)
				.variable("orderBy", orderBy)
				.execute();
			names.addAll(response.path("jointLabs.edges[*].node.name").entityList(String.class).get());
			hasNext = response.path("jointLabs.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("jointLabs.pageInfo.endCursor").entity(String.class).get();
		}
		return names;
	}

}
