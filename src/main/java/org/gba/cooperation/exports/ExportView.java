package org.gba.cooperation.exports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The GraphQL type {@code BulkExport}: an export as its caller sees it, with a download
 * link signed for it when done.
 */
record ExportView(String id, ExportStatus status, ExportFormat format, String query, long rowsWritten,
		@Nullable Long totalCount, long fieldErrorCount, double sizeBytes, @Nullable String errorCode,
		@Nullable String errorMessage, boolean retryable, int attempts, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant completedAt, @Nullable String url, @Nullable Instant urlExpiresAt) {
}
