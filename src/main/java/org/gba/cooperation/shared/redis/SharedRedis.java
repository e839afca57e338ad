package org.gba.cooperation.shared.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The connections of this instance to the shared Redis server, and what a use does when
 * it fails: {@link #attempt} runs a command and answers empty, at once, when Redis is not
 * reachable (never connected, disconnected, or failed less than
 * {@code gba.shared-state.redis.retry-after} ago), so that the caller falls back to its
 * own state; a request never waits longer than {@code gba.shared-state.redis.timeout}.
 * Each use has its own circuit: budgets that time out do not stop the fan-out.
 *
 * <p>
 * Lettuce reconnects a connection it lost (and subscribes its channels again) by itself,
 * and refuses commands while disconnected. What is written here is the first connection:
 * Lettuce's {@code connect} fails when the server is down at start-up, and the instance
 * must start all the same (on its own state) and connect once Redis is there, so a
 * background thread retries it. A small circuit per use (one time stamp) keeps the
 * requests of the next {@code retry-after} from each waiting for a server that just timed
 * out.
 */
public final class SharedRedis implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SharedRedis.class);

	private final SharedStateProperties.Redis properties;

	private final ClientResources resources;

	private final RedisClient client;

	private final Map<String, Consumer<String>> channels = new ConcurrentHashMap<>();

	private @Nullable ScheduledExecutorService connector;

	private volatile @Nullable StatefulRedisConnection<String, String> strings;

	private volatile @Nullable StatefulRedisConnection<byte[], byte[]> binary;

	private volatile @Nullable StatefulRedisPubSubConnection<String, String> pubSub;

	/**
	 * One circuit per use: a slow budget check (say, on a starved machine) must not cut
	 * the subscriptions' fan-out.
	 */
	private final Map<String, Circuit> circuits = new ConcurrentHashMap<>();

	private volatile boolean running;

	public SharedRedis(SharedStateProperties.Redis properties) {
		this.properties = properties;
		RedisURI uri = RedisURI.create(properties.url());
		uri.setTimeout(properties.timeout());
		// Lettuce waits up to 30 s between reconnection attempts by default: at most
		// retry-after here, so that an instance shares again soon after Redis returns.
		this.resources = DefaultClientResources.builder()
			.reconnectDelay(Delay.exponential(Duration.ofMillis(50), properties.retryAfter(), 2, TimeUnit.MILLISECONDS))
			.build();
		this.client = RedisClient.create(this.resources, uri);
		this.client.setOptions(ClientOptions.builder()
			.autoReconnect(true)
			// A command sent while the connection is down fails at once (the caller falls
			// back), instead of waiting in a queue for the reconnection.
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
			.build());
	}

	/** The key or channel {@code name} of this deployment (with its prefix). */
	public String key(String name) {
		return this.properties.keyPrefix() + name;
	}

	/** The longest a request waits for one command. */
	public Duration timeout() {
		return this.properties.timeout();
	}

	/**
	 * Runs {@code command} on the shared connection (strings) if Redis is reachable.
	 * @param use what for, named in the log when it fails
	 * @return what the command answered; empty when Redis is not reachable or the command
	 * failed (then the next requests leave Redis alone for a while)
	 */
	public <T> Optional<T> attempt(String use, Function<RedisCommands<String, String>, @Nullable T> command) {
		StatefulRedisConnection<String, String> connection = this.strings;
		return (connection != null) ? run(use, () -> command.apply(connection.sync())) : Optional.empty();
	}

	/** As {@link #attempt}, on the connection with binary keys and values. */
	public <T> Optional<T> attemptBinary(String use,
			Function<StatefulRedisConnection<byte[], byte[]>, @Nullable T> command) {
		StatefulRedisConnection<byte[], byte[]> connection = this.binary;
		return (connection != null) ? run(use, () -> command.apply(connection)) : Optional.empty();
	}

	/**
	 * Publishes {@code message} on {@code channel} without waiting for Redis: a writer's
	 * commit is never held by it. A publication Redis does not take (down, disconnected)
	 * is logged and lost.
	 */
	public void publish(String use, String channel, String message) {
		StatefulRedisConnection<String, String> connection = this.strings;
		Circuit circuit = circuit(use);
		if (connection == null || circuit.open()) {
			return;
		}
		try {
			connection.async().publish(channel, message).whenComplete((receivers, failure) -> {
				if (failure == null) {
					circuit.closed(use);
				}
				else {
					circuit.failed(use, failure, this.properties.retryAfter());
				}
			});
		}
		catch (RuntimeException ex) {
			circuit.failed(use, ex, this.properties.retryAfter());
		}
	}

	/**
	 * Hands every message of {@code channel} (a name from {@link #key}) to
	 * {@code listener}, on one of Lettuce's threads: it must not block. Call before the
	 * instance starts.
	 */
	public void subscribe(String channel, Consumer<String> listener) {
		this.channels.put(channel, listener);
	}

	private <T> Optional<T> run(String use, java.util.function.Supplier<@Nullable T> command) {
		Circuit circuit = circuit(use);
		if (circuit.open()) {
			return Optional.empty();
		}
		try {
			Optional<T> answer = Optional.ofNullable(command.get());
			circuit.closed(use);
			return answer;
		}
		catch (RuntimeException ex) {
			circuit.failed(use, ex, this.properties.retryAfter());
			return Optional.empty();
		}
	}

	private Circuit circuit(String use) {
		return this.circuits.computeIfAbsent(use, (name) -> new Circuit());
	}

	/**
	 * Whether a failure says Redis cannot be reached or answer in time (Lettuce's errors,
	 * time-outs, a lost connection, including as Bucket4j reports them), rather than a
	 * fault of the call itself.
	 */
	static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RedisException || cause instanceof TimeoutException || cause instanceof IOException
					|| cause.getClass().getName().equals("io.github.bucket4j.TimeoutException")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * The state of one use: after Redis failed it, its calls fall back at once until
	 * {@code retry-after} has passed. Hand-written, being two fields: a circuit-breaker
	 * library would bring its own configuration for no more behaviour than this.
	 */
	private static final class Circuit {

		/** Until when (System.nanoTime) calls leave Redis alone. */
		private volatile long openUntil;

		private volatile boolean failing;

		boolean open() {
			return this.failing && System.nanoTime() - this.openUntil < 0;
		}

		void closed(String use) {
			if (this.failing) {
				this.failing = false;
				logger.info("Redis answers {} again: shared state is used again", use);
			}
		}

		void failed(String use, Throwable failure, Duration retryAfter) {
			if (!unreachable(failure)) {
				// Not Redis's doing (a bad argument, a bug): this call falls back, the
				// next ones try again.
				logger.error("Shared state failed for {}: this call uses the instance's own", use, failure);
				return;
			}
			this.openUntil = System.nanoTime() + retryAfter.toNanos();
			if (!this.failing) {
				this.failing = true;
				logger.warn("Redis failed for {} ({}): this instance uses its own state for {} before it tries again",
						use, failure.toString(), retryAfter);
			}
		}

	}

	@Override
	public void start() {
		this.running = true;
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "shared-redis-connect");
			thread.setDaemon(true);
			return thread;
		});
		this.connector = executor;
		executor.execute(this::connect);
	}

	/** Opens what is not open yet; runs again after {@code retry-after} until all is. */
	private void connect() {
		try {
			if (this.strings == null) {
				this.strings = this.client.connect();
			}
			if (this.binary == null) {
				this.binary = this.client.connect(ByteArrayCodec.INSTANCE);
			}
			if (this.pubSub == null && !this.channels.isEmpty()) {
				StatefulRedisPubSubConnection<String, String> connection = this.client.connectPubSub();
				connection.addListener(new RedisPubSubAdapter<>() {

					@Override
					public void message(String channel, String message) {
						Consumer<String> listener = SharedRedis.this.channels.get(channel);
						if (listener != null) {
							listener.accept(message);
						}
					}

				});
				connection.sync().subscribe(this.channels.keySet().toArray(String[]::new));
				this.pubSub = connection;
			}
			logger.info("Connected to Redis at {}: state shared with the other instances", redactedUrl());
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot connect to Redis at {} ({}): this instance uses its own state and tries again in {}",
					redactedUrl(), ex.toString(), this.properties.retryAfter());
			ScheduledExecutorService executor = this.connector;
			if (this.running && executor != null) {
				executor.schedule(this::connect, this.properties.retryAfter().toMillis(), TimeUnit.MILLISECONDS);
			}
		}
	}

	private String redactedUrl() {
		RedisURI uri = RedisURI.create(this.properties.url());
		return uri.getHost() + ":" + uri.getPort();
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService executor = this.connector;
		if (executor != null) {
			executor.shutdownNow();
		}
		for (AutoCloseable connection : new AutoCloseable[] { this.pubSub, this.binary, this.strings }) {
			if (connection != null) {
				try {
					connection.close();
				}
				catch (Exception ex) {
					logger.debug("Closing a Redis connection failed", ex);
				}
			}
		}
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		this.resources.shutdown(0, 2, TimeUnit.SECONDS);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Before the users of the shared state (subscriptions, completed at their stop) and
	 * after them at shutdown.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

}
