package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application's production jar ({@code target/gba-cooperation-api-*.jar}, which the
 * build makes before the integration tests run) run in a JVM of its own with
 * {@code java -jar}, on loopback ports of its own (HTTP and management), its output in a
 * file: for a drill that kills the process, as {@code kill -9} would.
 */
public final class AppProcess implements AutoCloseable {

	/** Start-up on a busy 2-core machine, migrations of an empty database included. */
	private static final Duration START = Duration.ofSeconds(120);

	private final LocalProcess process;

	private final int managementPort;

	private AppProcess(LocalProcess process, int managementPort) {
		this.process = process;
		this.managementPort = managementPort;
	}

	/**
	 * Starts the jar with these properties as command-line arguments, its output appended
	 * to {@code log}; returns once its HTTP port takes connections.
	 */
	public static AppProcess start(String name, Map<String, Object> properties, Path log) {
		int port = LocalProcess.freePort();
		int managementPort = LocalProcess.freePort();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-jar", jar().toString(), "--server.port=" + port,
				"--management.server.port=" + managementPort, "--spring.application.name=gba-cooperation-api-" + name));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		LocalProcess process = new LocalProcess("the application's jar (" + name + ")", command, log, port);
		process.start(START);
		return new AppProcess(process, managementPort);
	}

	/** The base URL of its API. */
	public String url() {
		return "http://127.0.0.1:" + this.process.port();
	}

	/** The base URL of its actuator endpoints. */
	public String managementUrl() {
		return "http://127.0.0.1:" + this.managementPort;
	}

	/** Kills the JVM at once (SIGKILL): no shutdown hook, no graceful shutdown. */
	public void kill() {
		this.process.kill();
	}

	@Override
	public void close() {
		this.process.stop();
	}

	/** The one production jar in {@code target/}, the benchmark's left aside. */
	static Path jar() {
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "gba-cooperation-api-*.jar")) {
			found.forEach(jars::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list target/", ex);
		}
		jars.removeIf((jar) -> jar.getFileName().toString().endsWith("-plain.jar"));
		if (jars.size() != 1) {
			throw new IllegalStateException(
					"Expected one application jar in target/ (./mvnw package makes it), found " + jars);
		}
		return jars.get(0);
	}

}
