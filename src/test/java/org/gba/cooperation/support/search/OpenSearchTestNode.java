package org.gba.cooperation.support.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The OpenSearch node of a test run, shared by all its test classes: started when the
 * JUnit session opens, in a JVM of its own ({@link OpenSearchNode}), stopped when it
 * closes. It does anything only when {@value #SEARCH_PROPERTY}{@code =opensearch} (the
 * failsafe execution {@code integration-tests-opensearch} of the {@code opensearch} Maven
 * profile sets it); the tests then find the node's URL in {@link #url()}.
 * <p>
 * With {@value #URL_PROPERTY} set (an OpenSearch 2.19 of one's own, e.g. docker-compose's
 * at http://localhost:9200), no node is started and the tests use that one.
 * <p>
 * The node's class path is read from the file named by {@value #CLASSPATH_FILE_PROPERTY}
 * (written by the Maven profile). The node's output goes to {@code node.log} in its home.
 * It exits by itself when this JVM ends, however it ends: it watches the end of the pipe
 * it reads from this JVM.
 */
public class OpenSearchTestNode implements LauncherSessionListener {

	/**
	 * System property that selects the search backend of the tests: {@code opensearch}.
	 */
	public static final String SEARCH_PROPERTY = "gba.it.search";

	/** System property with the URL of the OpenSearch node the tests use. */
	public static final String URL_PROPERTY = "gba.it.opensearch.url";

	/** System property naming the file with the node's class path. */
	public static final String CLASSPATH_FILE_PROPERTY = "gba.it.opensearch.classpath-file";

	/** System property naming the node's home directory (made anew at each start). */
	public static final String HOME_PROPERTY = "gba.it.opensearch.home";

	private static final long START_TIMEOUT_SECONDS = 180;

	private static final long STOP_TIMEOUT_SECONDS = 30;

	private @Nullable Process node;

	/**
	 * Whether the tests run on OpenSearch: {@value #SEARCH_PROPERTY}{@code =opensearch}.
	 * @return whether they do
	 */
	public static boolean requested() {
		return "opensearch".equalsIgnoreCase(System.getProperty(SEARCH_PROPERTY, ""));
	}

	/**
	 * The URL of the OpenSearch node of this run, e.g. {@code http://127.0.0.1:41234}.
	 * @return the URL, without a trailing slash
	 * @throws IllegalStateException when the run has no node
	 */
	public static String url() {
		String url = System.getProperty(URL_PROPERTY);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("No OpenSearch node in this run: run the tests tagged 'search' with "
					+ "./mvnw verify (failsafe execution integration-tests-opensearch, unless -DskipOpenSearch), or set -D"
					+ SEARCH_PROPERTY + "=opensearch and -D" + URL_PROPERTY + "=<url of an OpenSearch 2.19>");
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!requested() || System.getProperty(URL_PROPERTY) != null) {
			return;
		}
		long started = System.nanoTime();
		this.node = start();
		String url = awaitReady(this.node);
		System.setProperty(URL_PROPERTY, url);
		System.out.printf("OpenSearch node at %s, started in %d ms (pid %d)%n", url,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), this.node.pid());
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		Process process = this.node;
		if (process == null) {
			return;
		}
		this.node = null;
		System.clearProperty(URL_PROPERTY);
		try {
			process.getOutputStream().close();
			if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (IOException ex) {
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static Process start() {
		Path home = Path.of(requiredProperty(HOME_PROPERTY));
		String classpath = nodeClasspath() + File.pathSeparator + ownLocation();
		try {
			Files.createDirectories(home.getParent());
			return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms192m",
					"-Xmx192m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp",
					classpath, OpenSearchNode.class.getName(), home.toString())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the OpenSearch node", ex);
		}
	}

	/**
	 * Reads the node's output until it is ready, copying it to {@code node.log} beside
	 * its home, and goes on copying in the background.
	 */
	private static String awaitReady(Process process) {
		Path log = Path.of(requiredProperty(HOME_PROPERTY)).resolveSibling("node.log");
		Deque<String> lastLines = new ArrayDeque<>();
		CompletableFuture<String> ready = new CompletableFuture<>();
		Thread copier = new Thread(() -> {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					file.println(line);
					if (!ready.isDone()) {
						remember(lastLines, line);
						int at = line.indexOf(OpenSearchNode.READY);
						if (at >= 0) {
							ready.complete(line.substring(at + OpenSearchNode.READY.length()).trim());
						}
					}
				}
			}
			catch (IOException ex) {
				ready.completeExceptionally(ex);
			}
			ready.completeExceptionally(new IllegalStateException("The OpenSearch node exited before it was ready"));
		}, "opensearch-node-output");
		copier.setDaemon(true);
		copier.start();
		try {
			return ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The OpenSearch node did not start (" + ex.getMessage()
					+ "); its last lines, " + "all in " + log + ":\n" + String.join("\n", snapshot(lastLines)), ex);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the OpenSearch node started", ex);
		}
	}

	private static void remember(Deque<String> lines, String line) {
		synchronized (lines) {
			lines.addLast(line);
			if (lines.size() > 40) {
				lines.removeFirst();
			}
		}
	}

	private static Deque<String> snapshot(Deque<String> lines) {
		synchronized (lines) {
			return new ArrayDeque<>(lines);
		}
	}

	private static String nodeClasspath() {
		Path file = Path.of(requiredProperty(CLASSPATH_FILE_PROPERTY));
		try {
			return Files.readString(file).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No class path of the OpenSearch node in " + file
					+ ": the Maven profile opensearch writes it (./mvnw verify, unless -DskipOpenSearch)", ex);
		}
	}

	/** This class's own classes (target/test-classes), for {@link OpenSearchNode}. */
	private static String ownLocation() {
		try {
			return Path.of(OpenSearchNode.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String requiredProperty(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("System property " + name + " is not set: the failsafe execution "
					+ "integration-tests-opensearch of the Maven profile opensearch sets it");
		}
		return value;
	}

}
