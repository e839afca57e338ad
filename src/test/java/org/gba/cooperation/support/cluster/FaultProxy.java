package org.gba.cooperation.support.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on a loopback port in front of a server (the drills' database), which a
 * drill breaks on purpose: it passes everything through until told to {@link #delay} what
 * goes from the client to the server (each chunk read is written that much later, in
 * order: every statement, and every reply it waits for, comes that much later), or to
 * {@link #cut} (every open connection closed at once and new ones refused, as a crashed
 * database server looks to its clients) until {@link #restore}.
 *
 * <p>
 * Hand-written because nothing fits here: Toxiproxy, the usual tool, is a Go server run
 * in Docker (through Testcontainers), and neither is on this machine or in CI; no library
 * on Maven Central does it inside the test's JVM. A connection costs three threads, which
 * for a connection pool's ten is nothing.
 */
public final class FaultProxy implements AutoCloseable {

	private static final byte[] END = new byte[0];

	private final int targetPort;

	private final int port;

	private final Set<Link> links = ConcurrentHashMap.newKeySet();

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "fault-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private volatile long delayNanos;

	private @Nullable ServerSocket listener;

	private FaultProxy(int targetPort) {
		this.targetPort = targetPort;
		this.port = LocalProcess.freePort();
	}

	/**
	 * A proxy on a free loopback port to the server on {@code targetPort}, passing all.
	 */
	public static FaultProxy to(int targetPort) {
		FaultProxy proxy = new FaultProxy(targetPort);
		proxy.restore();
		return proxy;
	}

	/** The proxy's port on 127.0.0.1, for the client's URL. */
	public int port() {
		return this.port;
	}

	/**
	 * Delays what the client sends from now on by this much ({@code Duration.ZERO}:
	 * passes it at once again).
	 */
	public void delay(Duration delay) {
		this.delayNanos = delay.toNanos();
	}

	/**
	 * Closes every open connection and refuses new ones (the port is closed) until
	 * {@link #restore}.
	 */
	public synchronized void cut() {
		closeListener();
		this.links.forEach(Link::close);
	}

	/** Takes connections again, on the same port. */
	public synchronized void restore() {
		if (this.listener != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.listener = socket;
			this.threads.execute(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on " + this.port, ex);
		}
	}

	@Override
	public void close() {
		cut();
		this.threads.shutdownNow();
	}

	private void closeListener() {
		ServerSocket socket = this.listener;
		this.listener = null;
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// Closed either way.
			}
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			Socket client;
			try {
				client = socket.accept();
			}
			catch (IOException ex) {
				return;
			}
			Socket server = new Socket();
			try {
				server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.targetPort), 5000);
			}
			catch (IOException ex) {
				quietlyClose(client);
				quietlyClose(server);
				continue;
			}
			Link link = new Link(client, server);
			this.links.add(link);
			link.start();
		}
	}

	private static void quietlyClose(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closed either way.
		}
	}

	/** One client's connection and the proxy's to the server. */
	private final class Link {

		private final Socket client;

		private final Socket server;

		/** What the client sent, each chunk with the time it is due at the server. */
		private final BlockingQueue<Chunk> toServer = new LinkedBlockingQueue<>();

		Link(Socket client, Socket server) {
			this.client = client;
			this.server = server;
		}

		void start() {
			FaultProxy.this.threads.execute(this::readClient);
			FaultProxy.this.threads.execute(this::writeServer);
			FaultProxy.this.threads.execute(() -> copy(this.server, this.client));
		}

		private void readClient() {
			byte[] buffer = new byte[16384];
			try (InputStream in = this.client.getInputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					this.toServer
						.add(new Chunk(System.nanoTime() + FaultProxy.this.delayNanos, Arrays.copyOf(buffer, read)));
				}
			}
			catch (IOException ex) {
				// Closed: the link ends.
			}
			close();
		}

		private void writeServer() {
			try (OutputStream out = this.server.getOutputStream()) {
				for (Chunk chunk = this.toServer.take(); chunk.bytes() != END; chunk = this.toServer.take()) {
					long wait = chunk.due() - System.nanoTime();
					if (wait > 0) {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					out.write(chunk.bytes());
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// Closed: the link ends.
			}
			close();
		}

		private void copy(Socket from, Socket to) {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Closed: the link ends.
			}
			close();
		}

		void close() {
			if (FaultProxy.this.links.remove(this)) {
				quietlyClose(this.client);
				quietlyClose(this.server);
				this.toServer.add(new Chunk(0, END));
			}
		}

	}

	private record Chunk(long due, byte[] bytes) {
	}

}
