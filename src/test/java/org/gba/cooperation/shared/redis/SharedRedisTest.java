package org.gba.cooperation.shared.redis;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures say that Redis is unreachable (every use of it then falls back for a
 * while) and which are the call's own (only that call falls back): a budget's bad
 * configuration once opened the circuit for subscriptions too, and lost their messages.
 */
class SharedRedisTest {

	@Test
	void lettucesErrorsAndTimeOutsSayRedisIsUnreachable() {
		assertThat(SharedRedis.unreachable(new RedisConnectionException("refused"))).isTrue();
		assertThat(SharedRedis.unreachable(new RedisCommandTimeoutException("100 ms"))).isTrue();
		assertThat(SharedRedis.unreachable(new CompletionException(new TimeoutException()))).isTrue();
		assertThat(SharedRedis.unreachable(new IllegalStateException(new IOException("reset")))).isTrue();
	}

	@Test
	void aFaultOfTheCallItselfDoesNot() {
		assertThat(SharedRedis.unreachable(new IllegalArgumentException("not a permitted refill rate"))).isFalse();
		assertThat(SharedRedis.unreachable(new NullPointerException())).isFalse();
	}

}
