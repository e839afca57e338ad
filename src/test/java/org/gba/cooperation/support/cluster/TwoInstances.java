package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gba.cooperation.support.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the real application sharing one database and one Redis server of
 * their own, behind a real nginx that balances them round robin (WebSockets proxied), as
 * in production ({@code docs/scale-out.md}). Started once for every test class that
 * extends with it, stopped at the end of the run. On the MySQL/MariaDB server of
 * {@code MYSQL_URL} when the suite runs there (a database of its own, created empty), on
 * a shared in-memory H2 database otherwise.
 *
 * <p>
 * Both run in this JVM, each a Spring application of its own on a loopback port: what
 * they share is only what two processes would share (the database, Redis, the dev
 * issuer's key from configuration), so a test can reach each one's beans to wait for a
 * subscription to be held, and a drill can stop Redis under them.
 */
public final class TwoInstances extends RunScoped {

	private LocalProcess redis;

	private LocalProcess nginx;

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	/** JUnit's entry: starts the pair once for the whole run. */
	public TwoInstances() {
	}

	@Override
	protected void start(ExtensionContext context) {
		try {
			Path dir = Files.createTempDirectory("gba-two-instances");
			this.redis = redisServer(dir);
			String prefix = "gba-it-" + UUID.randomUUID() + ":";
			Map<String, Object> shared = new LinkedHashMap<>();
			shared.put("gba.demo-data.enabled", "true");
			shared.put("gba.shared-state.store", "redis");
			shared.put("gba.shared-state.redis.url", "redis://127.0.0.1:" + this.redis.port());
			shared.put("gba.shared-state.redis.key-prefix", prefix);
			// The tests check what is shared, not how fast: a busy CI machine must not
			// make them fall back.
			shared.put("gba.shared-state.redis.timeout", "5s");
			shared.put("gba.security.dev-issuer.private-key", "file:" + devIssuerKey(dir));
			// Coordinators never run out, anonymous callers (one bucket: one address)
			// do not in these tests; an analyst's budget (larger than the anonymous one:
			// a caller gets the largest of its budgets) restores slowly, for the test
			// that empties it.
			shared.put("gba.graphql.rate-limit.coordinator.size", "1000000000");
			shared.put("gba.graphql.rate-limit.coordinator.restore-rate", "1000000000");
			shared.put("gba.graphql.rate-limit.anonymous.size", "1000");
			shared.put("gba.graphql.rate-limit.anonymous.restore-rate", "1000");
			shared.put("gba.graphql.rate-limit.analyst.size", "2000");
			shared.put("gba.graphql.rate-limit.analyst.restore-rate", "1");
			shared.putAll(database(of(context, MariaDbPair.class)));
			// One after the other: the first migrates the database and loads the demo
			// data, the second finds them there.
			this.a = instance("a", shared);
			this.b = instance("b", shared);
			this.nginx = nginx(dir, port(this.a), port(this.b));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One RSA key for both instances' dev issuers, made for this run (PKCS#8 PEM, as
	 * {@code gba.security.dev-issuer.private-key} reads it): no key lives in the
	 * repository.
	 */
	private static Path devIssuerKey(Path dir) throws IOException {
		KeyPairGenerator generator;
		try {
			generator = KeyPairGenerator.getInstance("RSA");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
		generator.initialize(2048);
		// PEM's frame around the key made for this run (PKCS#8); no key is kept in the
		// repository.
		String label = "PRIVATE KEY";
		String pem = "-----BEGIN " + label + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
				+ "\n-----END " + label + "-----\n";
		return Files.writeString(dir.resolve("dev-issuer.pem"), pem);
	}

	private LocalProcess redisServer(Path dir) throws IOException {
		String executable = LocalProcess.executable("redis-server", "/usr/bin/redis-server",
				"/usr/local/bin/redis-server");
		int port = LocalProcess.freePort();
		LocalProcess server = new LocalProcess("redis-server", List.of(executable, "--port", Integer.toString(port),
				"--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()),
				dir.resolve("redis.log"), port);
		this.started.add(server);
		return server.start();
	}

	private LocalProcess nginx(Path dir, int portA, int portB) throws IOException {
		String executable = LocalProcess.executable("nginx-light", "/usr/sbin/nginx", "/usr/local/sbin/nginx");
		int port = LocalProcess.freePort();
		Path conf = dir.resolve("nginx.conf");
		Files.writeString(conf, """
				error_log %1$s/nginx-error.log info;
				pid %1$s/nginx.pid;
				events { worker_connections 256; }
				http {
				  access_log %1$s/nginx-access.log;
				  client_body_temp_path %1$s/body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  upstream api { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d; }
				  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
				  server {
				    listen 127.0.0.1:%4$d;
				    location / {
				      proxy_pass http://api;
				      proxy_http_version 1.1;
				      proxy_set_header Upgrade $http_upgrade;
				      proxy_set_header Connection $connection_upgrade;
				      proxy_set_header Host $http_host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      proxy_read_timeout 60s;
				    }
				  }
				}
				""".formatted(dir, portA, portB, port));
		LocalProcess server = new LocalProcess("nginx", List.of(executable, "-p", dir.toString(), "-c", conf.toString(),
				"-g", "daemon off; master_process off;"), dir.resolve("nginx.out"), port);
		this.started.add(server);
		return server.start();
	}

	private ConfigurableApplicationContext instance(String name, Map<String, Object> properties) {
		AppInstance instance = AppInstance.start(name, properties);
		this.started.add(instance);
		return instance.context();
	}

	/**
	 * A MariaDB primary and replica of the test's own when a {@link MariaDbPair} was
	 * registered before (reads on the replica, writes and read-your-writes on the
	 * primary); otherwise the suite's MySQL server, or H2.
	 */
	private static Map<String, Object> database(@Nullable MariaDbPair pair) {
		if (pair != null) {
			pair.onPrimary("DROP DATABASE IF EXISTS " + PAIR_DATABASE,
					"CREATE DATABASE " + PAIR_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			return Map.of("spring.profiles.active", "mysql", "gba.security.dev-issuer.enabled", "true",
					"spring.datasource.url", pair.primaryUrl(PAIR_DATABASE), "spring.datasource.username", "root",
					"spring.datasource.password", "", "gba.datasource.replica.url", pair.replicaUrl(PAIR_DATABASE),
					"gba.datasource.replica.check-interval", "100ms");
		}
		if (TestDatabase.mysqlRequested() && TestDatabase.mysqlUrl() != null) {
			return Map.of("spring.profiles.active", "mysql", "gba.security.dev-issuer.enabled", "true",
					"spring.datasource.url", TestDatabase.freshMysqlDatabase("_scale"), "spring.datasource.username",
					TestDatabase.mysqlUser(), "spring.datasource.password", TestDatabase.mysqlPassword());
		}
		return Map.of("spring.datasource.url", "jdbc:h2:mem:gba_two_instances;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;IGNORECASE=TRUE");
	}

	/** The database of the instances on a {@link MariaDbPair}. */
	public static final String PAIR_DATABASE = "gba_scale";

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** The base URL of instance A, directly. */
	public String a() {
		return "http://127.0.0.1:" + port(this.a);
	}

	/** The base URL of instance B, directly. */
	public String b() {
		return "http://127.0.0.1:" + port(this.b);
	}

	/** The base URL of nginx in front of both. */
	public String balanced() {
		return "http://127.0.0.1:" + this.nginx.port();
	}

	public ConfigurableApplicationContext contextA() {
		return this.a;
	}

	public ConfigurableApplicationContext contextB() {
		return this.b;
	}

	/** Stops Redis under both instances (a drill); {@link #startRedis} brings it back. */
	public void stopRedis() {
		this.redis.stop();
	}

	/** Starts Redis again on its port, empty. */
	public void startRedis() {
		this.redis.start();
	}

}
