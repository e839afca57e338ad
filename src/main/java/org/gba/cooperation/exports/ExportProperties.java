package org.gba.cooperation.exports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk exports ({@code gba.export.*}; docs/exports.md).
 *
 * @param directory where export files are written and served from; a new temporary
 * directory, deleted on exit, when not set. With several instances, a directory they all
 * share (and the same {@code signing-key}) lets any instance serve any export's file
 * @param workers how many exports this instance runs at once (each on a thread of its
 * own, reading one page at a time); the others wait in line, CREATED
 * @param maxQueued how many exports may wait for a worker in this instance; one more is
 * refused with the user error {@code OVERLOADED}
 * @param pageSize the nodes read per page of an export (the root connection's
 * {@code first}); nested connections keep their own, at most 100
 * @param linkLifetime how long a download link stays valid once read from
 * {@code BulkExport.url}
 * @param signingKey the key that signs download links (HMAC-SHA256), in Base64, at least
 * 32 bytes; a random key of each start when not set (links then work on this instance
 * only, until it stops)
 * @param costFactor the share of an export's query cost taken from the caller's
 * rate-limit budget: each page costs this fraction of its actual cost (nodes and what
 * each selects), rounded up; 0 makes exports free
 * @param staleAfter how long an instance may stay silent before the exports it runs are
 * taken for those of a stopped instance and marked FAILED (retryable); each instance
 * renews its exports' heartbeat three times in this time
 * @param roles the roles that may export (a caller needs one of them); partners export
 * exactly what their pages show
 */
@ConfigurationProperties("gba.export")
public record ExportProperties(@Nullable Path directory, @DefaultValue("1") int workers,
		@DefaultValue("10") int maxQueued, @DefaultValue("1000") int pageSize,
		@DefaultValue("1h") Duration linkLifetime, @Nullable String signingKey, @DefaultValue("0.1") double costFactor,
		@DefaultValue("60s") Duration staleAfter, @DefaultValue( {
				"PARTNER", "ANALYST", "COORDINATOR" }) Set<Role> roles){

	public ExportProperties {
		if (workers < 1) {
			throw new IllegalArgumentException("gba.export.workers must be at least 1");
		}
		if (maxQueued < 0) {
			throw new IllegalArgumentException("gba.export.max-queued must not be negative");
		}
		if (pageSize < 1 || pageSize > 10_000) {
			throw new IllegalArgumentException("gba.export.page-size must be between 1 and 10000");
		}
		if (costFactor < 0) {
			throw new IllegalArgumentException("gba.export.cost-factor must not be negative");
		}
		if (staleAfter.compareTo(Duration.ofSeconds(3)) < 0) {
			throw new IllegalArgumentException("gba.export.stale-after must be at least 3s");
		}
		if (linkLifetime.isNegative() || linkLifetime.isZero()) {
			throw new IllegalArgumentException("gba.export.link-lifetime must be positive");
		}
	}

}
