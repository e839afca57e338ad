package org.gba.cooperation.exports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The {@code bulk_export} table, read and written with plain JDBC, each statement on its
 * own (autocommit): every change of status is one conditional {@code UPDATE} (from the
 * statuses it may come from), so that a cancellation, a recovery by another instance and
 * the worker never overwrite one another. Subjects are stored as UTF-8 bytes and found by
 * their SHA-256 hash, compared byte for byte on every database.
 */
final class ExportStore {

	private static final String COLUMNS = "id, subject, query_document, format, language, status, rows_written, "
			+ "total_count, size_bytes, field_errors, error_code, error_message, retryable, file_name, attempts, "
			+ "created_at_millis, started_at_millis, completed_at_millis";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String instanceId;

	ExportStore(JdbcClient jdbc, Clock clock, String instanceId) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.instanceId = instanceId;
	}

	String instanceId() {
		return this.instanceId;
	}

	/**
	 * Inserts a CREATED export of this subject's.
	 * @return its ID
	 * @throws org.springframework.dao.DuplicateKeyException when the subject has an
	 * export CREATED or RUNNING already
	 */
	long create(String subject, String query, ExportFormat format, String language) {
		long now = now();
		byte[] hash = hash(subject);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO bulk_export (subject, subject_hash, running_subject_hash, query_document, format, "
					+ "language, status, instance_id, created_at_millis, heartbeat_at_millis) "
					+ "VALUES (?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?)")
			.params(subject.getBytes(StandardCharsets.UTF_8), hash, hash, query, format.name(), language,
					this.instanceId, now, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The export with this ID, if it is this subject's. */
	Optional<ExportRow> find(long id, String subject) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM bulk_export WHERE id = ? AND subject_hash = ?")
			.params(id, hash(subject))
			.query(ExportStore::row)
			.optional()
			.filter((row) -> row.subject().equals(subject));
	}

	/** The export with this ID, whoever's it is. */
	Optional<ExportRow> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM bulk_export WHERE id = ?")
			.param(id)
			.query(ExportStore::row)
			.optional();
	}

	/** The subject's export that is CREATED or RUNNING, if any. */
	Optional<ExportRow> active(String subject) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM bulk_export WHERE running_subject_hash = ?")
			.param(hash(subject))
			.query(ExportStore::row)
			.optional()
			.filter((row) -> row.subject().equals(subject));
	}

	/** The subject's exports, newest first, after the one with this ID if given. */
	List<ExportRow> list(String subject, @Nullable Long beforeId, int limit) {
		String after = (beforeId != null) ? " AND id < ?" : "";
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM bulk_export WHERE subject_hash = ?" + after + " ORDER BY id DESC LIMIT "
					+ Math.max(0, limit))
			.param(hash(subject));
		if (beforeId != null) {
			statement = statement.param(beforeId);
		}
		return statement.query(ExportStore::row)
			.list()
			.stream()
			.filter((row) -> row.subject().equals(subject))
			.limit(limit)
			.toList();
	}

	/** How many exports the subject has. */
	long count(String subject) {
		return this.jdbc.sql("SELECT COUNT(*) FROM bulk_export WHERE subject_hash = ?")
			.param(hash(subject))
			.query(Long.class)
			.single();
	}

	/** CREATED becomes RUNNING, on this instance; false when it is no longer CREATED. */
	boolean started(long id) {
		long now = now();
		return this.jdbc
			.sql("UPDATE bulk_export SET status = 'RUNNING', started_at_millis = ?, heartbeat_at_millis = ?, "
					+ "instance_id = ? WHERE id = ? AND status = 'CREATED'")
			.params(now, now, this.instanceId, id)
			.update() == 1;
	}

	/**
	 * The progress of a RUNNING export; false when it is no longer RUNNING (cancelled, or
	 * taken for an export of a stopped instance): its worker then stops.
	 */
	boolean progressed(long id, long rowsWritten, long sizeBytes, long fieldErrors, @Nullable Long totalCount) {
		return this.jdbc.sql("UPDATE bulk_export SET rows_written = ?, size_bytes = ?, field_errors = ?, "
				+ "total_count = COALESCE(?, total_count), heartbeat_at_millis = ? WHERE id = ? AND status = 'RUNNING'")
			.params(rowsWritten, sizeBytes, fieldErrors, totalCount, now(), id)
			.update() == 1;
	}

	/** RUNNING becomes COMPLETED; false when it was no longer RUNNING. */
	boolean completed(long id, long rowsWritten, long sizeBytes, long fieldErrors, String fileName) {
		return this.jdbc
			.sql("UPDATE bulk_export SET status = 'COMPLETED', running_subject_hash = NULL, rows_written = ?, "
					+ "size_bytes = ?, field_errors = ?, file_name = ?, completed_at_millis = ? "
					+ "WHERE id = ? AND status = 'RUNNING'")
			.params(rowsWritten, sizeBytes, fieldErrors, fileName, now(), id)
			.update() == 1;
	}

	/** CREATED or RUNNING becomes FAILED; false when it was neither. */
	boolean failed(long id, String errorCode, String errorMessage, boolean retryable) {
		return this.jdbc
			.sql("UPDATE bulk_export SET status = 'FAILED', running_subject_hash = NULL, error_code = ?, "
					+ "error_message = ?, retryable = ?, completed_at_millis = ? "
					+ "WHERE id = ? AND status IN ('CREATED', 'RUNNING')")
			.params(errorCode, truncate(errorMessage, 1000), retryable, now(), id)
			.update() == 1;
	}

	/**
	 * The subject's CREATED or RUNNING export becomes CANCELED; false when it was
	 * neither.
	 */
	boolean canceled(long id, String subject) {
		return this.jdbc
			.sql("UPDATE bulk_export SET status = 'CANCELED', running_subject_hash = NULL, completed_at_millis = ? "
					+ "WHERE id = ? AND subject_hash = ? AND status IN ('CREATED', 'RUNNING')")
			.params(now(), id, hash(subject))
			.update() == 1;
	}

	/**
	 * The subject's retryable FAILED or CANCELED export becomes CREATED again, on this
	 * instance, from the start.
	 * @return false when it was not one of those
	 * @throws org.springframework.dao.DuplicateKeyException when the subject has an
	 * export CREATED or RUNNING already
	 */
	boolean retried(long id, String subject) {
		long now = now();
		byte[] hash = hash(subject);
		return this.jdbc.sql("UPDATE bulk_export SET status = 'CREATED', running_subject_hash = ?, rows_written = 0, "
				+ "total_count = NULL, size_bytes = 0, field_errors = 0, error_code = NULL, error_message = NULL, "
				+ "retryable = FALSE, file_name = NULL, attempts = attempts + 1, started_at_millis = NULL, "
				+ "completed_at_millis = NULL, instance_id = ?, heartbeat_at_millis = ? "
				+ "WHERE id = ? AND subject_hash = ? AND (status = 'CANCELED' OR (status = 'FAILED' AND retryable = TRUE))")
			.params(hash, this.instanceId, now, id, hash)
			.update() == 1;
	}

	/**
	 * Renews the heartbeat of this instance's waiting and running exports, so that no
	 * other instance takes them for those of a stopped one.
	 */
	int beat() {
		return this.jdbc
			.sql("UPDATE bulk_export SET heartbeat_at_millis = ? WHERE instance_id = ? "
					+ "AND status IN ('CREATED', 'RUNNING')")
			.params(now(), this.instanceId)
			.update();
	}

	/**
	 * The exports of other instances that waited or ran and whose heartbeat is older than
	 * this.
	 */
	List<ExportRow> abandoned(Instant silentSince) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM bulk_export WHERE status IN ('CREATED', 'RUNNING') "
					+ "AND heartbeat_at_millis < ? AND instance_id <> ?")
			.params(silentSince.toEpochMilli(), this.instanceId)
			.query(ExportStore::row)
			.list();
	}

	/**
	 * This instance's waiting and running exports: the ones it stops with when it shuts
	 * down.
	 */
	List<Long> ownActive() {
		return this.jdbc.sql("SELECT id FROM bulk_export WHERE instance_id = ? AND status IN ('CREATED', 'RUNNING')")
			.param(this.instanceId)
			.query(Long.class)
			.list();
	}

	private long now() {
		return this.clock.millis();
	}

	static byte[] hash(String subject) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	private static ExportRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new ExportRow(rs.getLong("id"), new String(rs.getBytes("subject"), StandardCharsets.UTF_8),
				rs.getString("query_document"), ExportFormat.valueOf(rs.getString("format")), rs.getString("language"),
				ExportStatus.valueOf(rs.getString("status")), rs.getLong("rows_written"),
				nullableLong(rs, "total_count"), rs.getLong("size_bytes"), rs.getLong("field_errors"),
				rs.getString("error_code"), rs.getString("error_message"), rs.getBoolean("retryable"),
				rs.getString("file_name"), rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("created_at_millis")),
				instant(rs, "started_at_millis"), instant(rs, "completed_at_millis"));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Long millis = nullableLong(rs, column);
		return (millis != null) ? Instant.ofEpochMilli(millis) : null;
	}

}
