package org.gba.cooperation.shared.jpa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.GbaCooperationApplication;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.DevTokens;
import org.gba.cooperation.support.cluster.MariaDbPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads on a replica, writes on the primary, against a MariaDB primary and replica of the
 * test's own ({@link MariaDbPair}): a read of an anonymous caller is answered by the
 * replica, a caller that just wrote reads the primary, and a replica that stops
 * replicating, or stops, is skipped until it is back.
 *
 * <p>
 * Where a read was answered is told by a row changed on the replica alone: organisation
 * 1's English name there is not the primary's.
 */
@Tag("scale-out")
@ExtendWith(MariaDbPair.class)
class ReadReplicaIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String DATABASE = "gba_replica_it";

	private static final String ORGANIZATION = GlobalId.encode("Organization", 1);

	private static final String ON_REPLICA = "Only on the replica";

	private static ConfigurableApplicationContext app;

	private static String primaryName;

	private MariaDbPair pair;

	@BeforeAll
	static void start(MariaDbPair pair) {
		pair.onPrimary("DROP DATABASE IF EXISTS " + DATABASE,
				"CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--spring.profiles.active=mysql", "--gba.security.dev-issuer.enabled=true",
				"--gba.demo-data.enabled=true", "--spring.datasource.url=" + pair.primaryUrl(DATABASE),
				"--spring.datasource.username=root", "--spring.datasource.password=",
				"--gba.datasource.replica.url=" + pair.replicaUrl(DATABASE),
				"--gba.datasource.replica.check-interval=100ms", "--gba.graphql.rate-limit.anonymous.size=1000000000",
				"--gba.graphql.rate-limit.anonymous.restore-rate=1000000000",
				"--gba.graphql.rate-limit.coordinator.size=1000000000",
				"--gba.graphql.rate-limit.coordinator.restore-rate=1000000000",
				"--spring.application.name=gba-cooperation-api-replica"));
		app = new SpringApplicationBuilder(GbaCooperationApplication.class).run(arguments.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@BeforeEach
	void replicaDrifted(MariaDbPair pair) {
		this.pair = pair;
		await("the replica has the demo data and is in use").atMost(PATIENCE).until(() -> routing().replicaUsable());
		if (primaryName == null) {
			primaryName = nameOf(anonymous());
			await().atMost(PATIENCE).until(() -> {
				// Once replicated (it arrives after the demo data), changed on the
				// replica
				// alone.
				pair.onReplica("UPDATE " + DATABASE + ".organization SET name_en = '" + ON_REPLICA + "' WHERE id = 1");
				return ON_REPLICA.equals(nameOf(anonymous()));
			});
		}
	}

	@Test
	void aReadIsAnsweredByTheReplica() {
		assertThat(nameOf(anonymous())).isEqualTo(ON_REPLICA);
		assertThat(primaryName).isNotEqualTo(ON_REPLICA);
	}

	@Test
	void aCallerThatJustWroteReadsThePrimary() {
		HttpGraphQlTester coordinator = coordinator();
		assertThat(nameOf(coordinator)).as("before it writes").isEqualTo(ON_REPLICA);

		Map<String, Object> input = new HashMap<>();
		input.put("names", Map.of("zhHant", "讀寫", "zhHans", "读写", "en", "Lab written on the primary"));
		input.put("sectorId", GlobalId.encode("Sector", 1));
		input.put("hostCityId", GlobalId.encode("City", 1));
		input.put("startDate", "2027-03-01");
		GraphQlTester.Response created = coordinator.documentName("labs/createJointLab")
			.variable("input", input)
			.execute();
		created.path("createJointLab.userErrors").entityList(Object.class).hasSize(0);

		assertThat(nameOf(coordinator)).as("right after it wrote").isEqualTo(primaryName);
		assertThat(nameOf(anonymous())).as("anyone else").isEqualTo(ON_REPLICA);
	}

	@Test
	void aReplicaThatStopsReplicatingIsSkippedUntilItReplicatesAgain() {
		this.pair.onReplica("STOP SLAVE");
		try {
			await().atMost(PATIENCE).until(() -> primaryName.equals(nameOf(anonymous())));
		}
		finally {
			this.pair.onReplica("START SLAVE");
		}
		await().atMost(PATIENCE).until(() -> ON_REPLICA.equals(nameOf(anonymous())));
	}

	@Test
	void aReplicaThatIsDownIsSkippedAndEveryReadIsAnsweredByThePrimary() {
		this.pair.stopReplica();
		try {
			// A read on a connection the replica gave out just before it went can fail as
			// on any lost connection; from the next check of its lag (or the first
			// connection it cannot give) every read is answered, by the primary.
			await().atMost(PATIENCE).until(() -> !routing().replicaUsable());
			for (int i = 0; i < 5; i++) {
				assertThat(nameOf(anonymous())).isEqualTo(primaryName);
			}
		}
		finally {
			this.pair.startReplica();
		}
		await().atMost(PATIENCE).until(() -> ON_REPLICA.equals(nameOf(anonymous())));
	}

	/** The routing data source, under the proxy of SQL statements' spans. */
	private static ReplicaRoutingDataSource routing() {
		try {
			return app.getBean("dataSource", javax.sql.DataSource.class).unwrap(ReplicaRoutingDataSource.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nameOf(HttpGraphQlTester client) {
		return client.document("query($id: ID!) { node(id: $id) { ... on Organization { name } } }")
			.variable("id", ORGANIZATION)
			.execute()
			.errors()
			.verify()
			.path("node.name")
			.entity(String.class)
			.get();
	}

	private static HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.create(client().mutate().baseUrl(url() + "/graphql").build());
	}

	private static HttpGraphQlTester coordinator() {
		String token = DevTokens.token(client(), "replica-writer-" + System.nanoTime(), List.of("COORDINATOR"), null);
		return HttpGraphQlTester.create(client().mutate()
			.baseUrl(url() + "/graphql")
			.defaultHeader("Authorization", "Bearer " + token)
			.build());
	}

	private static WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl(url())
			.defaultHeader("Accept-Language", "en")
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	private static String url() {
		return "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
	}

}
