package org.gba.cooperation.exports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code bulk_export}: an export, where it stands.
 *
 * @param id the database ID
 * @param subject the token subject of the caller who asked for it
 * @param query the document, as sent
 * @param format the file's format
 * @param language the language of the request that started it, for its pages (their
 * {@code @inContext} may choose another)
 * @param status where it stands
 * @param rowsWritten the nodes written so far
 * @param totalCount the connection's total count at the first page, when read
 * @param sizeBytes the file's size so far
 * @param fieldErrors the fields that answered null with an error
 * @param errorCode why it failed
 * @param errorMessage why it failed, in words
 * @param retryable whether it may run again
 * @param fileName the file's name in the export directory, once COMPLETED
 * @param attempts how many times it was started
 * @param createdAt when it was asked for
 * @param startedAt when its current attempt began to run
 * @param completedAt when it ended
 */
record ExportRow(long id, String subject, String query, ExportFormat format, String language, ExportStatus status,
		long rowsWritten, @Nullable Long totalCount, long sizeBytes, long fieldErrors, @Nullable String errorCode,
		@Nullable String errorMessage, boolean retryable, @Nullable String fileName, int attempts, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant completedAt) {

	/** The export's global ID. */
	String globalId() {
		return org.gba.cooperation.shared.GlobalId.encode(BulkExports.TYPE_NAME, this.id);
	}

	/** Whether it waits or runs: CREATED or RUNNING. */
	boolean isActive() {
		return this.status == ExportStatus.CREATED || this.status == ExportStatus.RUNNING;
	}

}
