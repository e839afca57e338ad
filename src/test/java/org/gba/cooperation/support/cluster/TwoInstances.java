package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gba.cooperation.GbaCooperationApplication;
import org.gba.cooperation.support.TestDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
public final class TwoInstances implements BeforeAllCallback, ParameterResolver, AutoCloseable {

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

	private final List<AutoCloseable> started = new ArrayList<>();

	private LocalProcess redis;

	private LocalProcess nginx;

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	/** JUnit's entry: starts the pair once for the whole run. */
	public TwoInstances() {
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.getOrComputeIfAbsent(TwoInstances.class, (key) -> new TwoInstances().start(), TwoInstances.class);
	}

	/** A test's parameter of this type is the pair started for this run. */
	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == TwoInstances.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.get(TwoInstances.class, TwoInstances.class);
	}

	private TwoInstances start() {
		try {
			Path dir = Files.createTempDirectory("gba-two-instances");
			Runtime.getRuntime().addShutdownHook(new Thread(this::close));
			this.redis = redisServer(dir);
			String prefix = "gba-it-" + UUID.randomUUID() + ":";
			Map<String, Object> shared = new LinkedHashMap<>();
			shared.put("server.port", "0");
			shared.put("gba.demo-data.enabled", "true");
			shared.put("gba.shared-state.store", "redis");
			shared.put("gba.shared-state.redis.url", "redis://127.0.0.1:" + this.redis.port());
			shared.put("gba.shared-state.redis.key-prefix", prefix);
			// The tests check what is shared, not how fast: a busy CI machine must not
			// make them fall back.
			shared.put("gba.shared-state.redis.timeout", "5s");
			shared.put("gba.security.dev-issuer.private-key", "classpath:scale-out/dev-issuer-test-only.pem");
			// Coordinators never run out, anonymous callers (one bucket: one address) do
			// not
			// in these tests; an analyst's budget (larger than the anonymous one: a
			// caller
			// gets the largest of its budgets) restores slowly, for the test that empties
			// it.
			shared.put("gba.graphql.rate-limit.coordinator.size", "1000000000");
			shared.put("gba.graphql.rate-limit.coordinator.restore-rate", "1000000000");
			shared.put("gba.graphql.rate-limit.anonymous.size", "1000");
			shared.put("gba.graphql.rate-limit.anonymous.restore-rate", "1000");
			shared.put("gba.graphql.rate-limit.analyst.size", "2000");
			shared.put("gba.graphql.rate-limit.analyst.restore-rate", "1");
			shared.putAll(database());
			// One after the other: the first migrates the database and loads the demo
			// data, the second finds them there.
			this.a = instance("a", shared);
			this.b = instance("b", shared);
			this.nginx = nginx(dir, port(this.a), port(this.b));
			return this;
		}
		catch (IOException ex) {
			close();
			throw new IllegalStateException(ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
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
		// As command-line arguments: above application.yml, as a deployment's settings
		// are.
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--spring.application.name=gba-cooperation-api-" + name);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GbaCooperationApplication.class)
			.run(arguments.toArray(String[]::new));
		this.started.add(context);
		return context;
	}

	private static Map<String, Object> database() {
		if (TestDatabase.mysqlRequested() && TestDatabase.mysqlUrl() != null) {
			Matcher matcher = DATABASE_IN_URL.matcher(TestDatabase.mysqlUrl());
			if (!matcher.matches()) {
				throw new IllegalStateException("MYSQL_URL must name a database: " + TestDatabase.mysqlUrl());
			}
			String database = matcher.group(2) + "_scale";
			try (Connection connection = DriverManager.getConnection(matcher.group(1) + matcher.group(3),
					TestDatabase.mysqlUser(), TestDatabase.mysqlPassword());
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + database);
				statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the test database " + database, ex);
			}
			return Map.of("spring.profiles.active", "mysql", "gba.security.dev-issuer.enabled", "true",
					"spring.datasource.url", matcher.group(1) + database + matcher.group(3),
					"spring.datasource.username", TestDatabase.mysqlUser(), "spring.datasource.password",
					TestDatabase.mysqlPassword());
		}
		return Map.of("spring.datasource.url", "jdbc:h2:mem:gba_two_instances;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;IGNORECASE=TRUE");
	}

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

	@Override
	public synchronized void close() {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).close();
			}
			catch (Exception ex) {
				// Stopping the rest matters more.
			}
		}
		this.started.clear();
	}

}
