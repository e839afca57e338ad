/**
 * State shared by every instance of the API, when several run behind a load balancer
 * ({@code gba.shared-state.store=redis}): one Redis server, reached through
 * {@link SharedRedis}, holds the callers' cost budgets, the persisted queries, and
 * carries the committed changes to the subscribers of every instance. Each use says what
 * it does when Redis cannot be reached (never wait longer than the configured time-out,
 * then fall back to this instance's own state): {@code docs/scale-out.md}. The embedded
 * default ({@code memory}) keeps everything in memory and loads nothing of Redis.
 */
@NullMarked
@NamedInterface("redis")
package org.gba.cooperation.shared.redis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
