package org.gba.cooperation.writes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * The result of a mutation sent with an idempotency key, kept so that a retry does not
 * write again.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Convert(converter = OpaqueBytes.class)
	private String caller;

	@Column(name = "idempotency_key")
	@Convert(converter = OpaqueBytes.class)
	private String key;

	private String mutation;

	private String requestHash;

	/** The global ID of the object the mutation returned. */
	private @Nullable String resultId;

	private Instant createdAt;

	protected IdempotencyRecord() {
		this.caller = "";
		this.key = "";
		this.mutation = "";
		this.requestHash = "";
		this.createdAt = Instant.EPOCH;
	}

	IdempotencyRecord(String caller, String key, String mutation, String requestHash, Instant createdAt) {
		this.caller = caller;
		this.key = key;
		this.mutation = mutation;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
	}

	String getMutation() {
		return this.mutation;
	}

	String getRequestHash() {
		return this.requestHash;
	}

	@Nullable String getResultId() {
		return this.resultId;
	}

	void setResultId(String resultId) {
		this.resultId = resultId;
	}

}
