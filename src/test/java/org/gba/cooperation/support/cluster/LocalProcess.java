package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.gba.cooperation.support.TestDatabase;
import org.opentest4j.TestAbortedException;

/**
 * A server of the machine's own (redis-server, nginx, mariadbd) or the application's jar,
 * run by a test as a child process on a loopback port of its own, its output in a file:
 * started once, stopped (and killed if it does not stop) at the end, or by a drill.
 */
final class LocalProcess implements AutoCloseable {

	private static final Duration START = Duration.ofSeconds(30);

	private final String name;

	private final List<String> command;

	private final Path log;

	private final int port;

	private Process process;

	LocalProcess(String name, List<String> command, Path log, int port) {
		this.name = name;
		this.command = command;
		this.log = log;
		this.port = port;
	}

	/**
	 * The first executable of these found. None: the tests are skipped, and say why, as
	 * the MySQL run is without a server; in CI ({@code GBA_REQUIRE_MYSQL=true}, where
	 * {@code .ci/run} installs them) that is a failure.
	 */
	static String executable(String debianPackage, String... candidates) {
		for (String candidate : candidates) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		String missing = candidates[0] + " is not installed: apt-get install " + debianPackage
				+ " (.ci/run installs it), or leave these tests out with -DskipScaleOut";
		if (TestDatabase.mysqlRequired()) {
			throw new IllegalStateException(missing);
		}
		System.err.println("WARNING: scale-out tests SKIPPED: " + missing);
		throw new TestAbortedException(missing);
	}

	/** A loopback port free now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

	int port() {
		return this.port;
	}

	/** Starts it and waits until its port takes connections. */
	LocalProcess start() {
		return start(START);
	}

	/**
	 * Starts it and waits until its port takes connections, at most {@code patience}.
	 */
	LocalProcess start(Duration patience) {
		try {
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + this.name + ": " + this.command, ex);
		}
		Awaitility.await(this.name + " listening on " + this.port + " (log: " + this.log + ")")
			.atMost(patience)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(
							this.name + " exited with " + this.process.exitValue() + ": " + Files.readString(this.log));
				}
				return listening();
			});
		return this;
	}

	private boolean listening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Stops it (TERM, then KILL after 10 s) and waits until it is gone. */
	void stop() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		running.destroy();
		try {
			if (!running.waitFor(10, TimeUnit.SECONDS)) {
				running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	/**
	 * Kills it at once (SIGKILL: no shutdown hook runs, nothing is flushed) and waits
	 * until it is gone.
	 */
	void kill() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		try {
			running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	@Override
	public void close() {
		stop();
	}

}
