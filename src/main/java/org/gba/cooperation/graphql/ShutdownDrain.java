package org.gba.cooperation.graphql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.gba.cooperation.live.LiveEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

/**
 * Drains this instance when it starts shutting down (the application context closes:
 * Spring Boot has just turned readiness to {@code REFUSING_TRAFFIC}), before anything
 * stops: from then on {@link ShutdownDrainFilter} answers new requests HTTP 503
 * ({@code SERVICE_UNAVAILABLE}, with {@code Retry-After}), every subscription is ended
 * with a last error telling its client to subscribe again ({@link LiveEvents#shutDown}),
 * and the close waits for the requests already running, up to {@code gba.shutdown.grace}.
 * Then the shutdown goes on: the web server stops at once
 * ({@link ShutdownConfiguration}), cutting what still runs.
 * <p>
 * Hand-written because Tomcat's graceful shutdown ({@code server.shutdown=graceful})
 * stops accepting connections as it begins: a new request is left waiting or refused by
 * TCP instead of being told to go elsewhere, and nothing tells the subscribers. The
 * management endpoints are not drained: a probe still reads the readiness.
 */
final class ShutdownDrain implements ApplicationListener<ContextClosedEvent>, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationContext context;

	private final LiveEvents liveEvents;

	private final Duration grace;

	/** Guarded by this. */
	private boolean draining;

	/** Requests let in and not finished yet; guarded by this. */
	private int inFlight;

	ShutdownDrain(ApplicationContext context, LiveEvents liveEvents, Duration grace) {
		this.context = context;
		this.liveEvents = liveEvents;
		this.grace = grace;
	}

	/**
	 * First of the listeners: before the management server (on a port of its own) closes
	 * with this context, so that probes see the readiness go down while the instance
	 * drains.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		// A child context (the management server's) closing says nothing of this one.
		if (event.getApplicationContext() != this.context) {
			return;
		}
		long began = System.nanoTime();
		int running;
		synchronized (this) {
			this.draining = true;
			running = this.inFlight;
		}
		logger.info("Shutting down: new requests are answered 503; waiting up to {} for the {} running", this.grace,
				running);
		this.liveEvents.shutDown();
		int left = awaitIdle(began + this.grace.toNanos());
		long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
		if (left == 0) {
			logger.info("Drained in {} ms", took);
		}
		else {
			logger.warn("{} requests still running after {} ms (gba.shutdown.grace): they are cut", left, took);
		}
	}

	/**
	 * Lets a request in, unless the instance is draining.
	 * @return whether it may run; if so, {@link #left} must follow
	 */
	synchronized boolean entered() {
		if (this.draining) {
			return false;
		}
		this.inFlight++;
		return true;
	}

	/** A request let in has finished. */
	synchronized void left() {
		this.inFlight--;
		if (this.inFlight == 0) {
			notifyAll();
		}
	}

	/** The requests still running at the deadline, or 0 as soon as none is. */
	private synchronized int awaitIdle(long deadline) {
		while (this.inFlight > 0) {
			long wait = deadline - System.nanoTime();
			if (wait <= 0) {
				return this.inFlight;
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return this.inFlight;
			}
		}
		return 0;
	}

}
