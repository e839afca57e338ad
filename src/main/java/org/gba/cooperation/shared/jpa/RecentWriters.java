package org.gba.cooperation.shared.jpa;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.SetArgs;
import org.gba.cooperation.shared.redis.SharedRedis;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote in the last {@code gba.datasource.replica.read-your-writes}: their reads go
 * to the primary, so that a caller never reads older data than it just wrote. Kept in
 * this instance and, with {@code gba.shared-state.store=redis}, in Redis, so that another
 * instance knows too; an instance asks Redis at most every 100 ms per caller (it
 * remembers a "no" that long), and when Redis cannot be reached it knows only its own
 * writers.
 */
public final class RecentWriters {

	private final boolean enabled;

	private final Duration window;

	private final @Nullable SharedRedis redis;

	private final Cache<String, Boolean> wrote;

	RecentWriters(boolean enabled, Duration window, @Nullable SharedRedis redis) {
		this.enabled = enabled;
		this.window = window;
		this.redis = redis;
		this.wrote = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
	}

	/**
	 * The caller with this subject has just written (nothing to remember without a
	 * replica).
	 */
	public void wrote(String subject) {
		if (!this.enabled) {
			return;
		}
		this.wrote.put(subject, Boolean.TRUE);
		SharedRedis shared = this.redis;
		if (shared != null) {
			shared.attempt("read-your-writes",
					(commands) -> commands.set(shared.key("wrote:" + subject), "1", SetArgs.Builder.px(this.window)));
		}
	}

	/** Whether the caller with this subject wrote within the window. */
	boolean wroteRecently(@Nullable String subject) {
		if (subject == null) {
			return false;
		}
		if (this.wrote.getIfPresent(subject) != null) {
			return true;
		}
		SharedRedis shared = this.redis;
		if (shared == null) {
			return false;
		}
		boolean elsewhere = shared
			.attempt("read-your-writes", (commands) -> commands.exists(shared.key("wrote:" + subject)))
			.map((count) -> count > 0)
			.orElse(false);
		if (elsewhere) {
			this.wrote.put(subject, Boolean.TRUE);
		}
		return elsewhere;
	}

}
