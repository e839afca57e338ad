package org.gba.cooperation.writes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Idempotent retries: a mutation sent with an idempotency key is remembered with a hash
 * of its input, inside the mutation's transaction, so that a retry with the same input is
 * answered as the first one was, and the same key with another input is refused. Keys are
 * unique per caller.
 */
@Component
class IdempotencyRecords {

	/** The unique key of idempotency records (V3__writes.sql). */
	private static final String CONSTRAINT = "uk_idempotency_record";

	private final EntityManager entityManager;

	private final VisibleRecords records;

	private final JsonMapper json;

	private final Clock clock;

	IdempotencyRecords(EntityManager entityManager, VisibleRecords records, JsonMapper json, Clock clock) {
		this.entityManager = entityManager;
		this.records = records;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The answer to a retry: the first result when {@code key} was used for the same
	 * mutation and input, IDEMPOTENCY_KEY_REUSED when for another; {@code null} when the
	 * key is new.
	 */
	<T extends BaseEntity> @Nullable Payload<T> replay(Caller caller, String key, String mutation, String requestHash,
			Class<T> type) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<IdempotencyRecord> query = cb.createQuery(IdempotencyRecord.class);
		Root<IdempotencyRecord> row = query.from(IdempotencyRecord.class);
		ParameterExpression<String> callerParameter = cb.parameter(String.class);
		ParameterExpression<String> keyParameter = cb.parameter(String.class);
		query.select(row)
			.where(cb.equal(row.get(IdempotencyRecord_.caller), callerParameter),
					cb.equal(row.get(IdempotencyRecord_.key), keyParameter));
		List<IdempotencyRecord> found = this.entityManager.createQuery(query)
			.setParameter(callerParameter, callerKey(caller))
			.setParameter(keyParameter, key)
			.getResultList();
		if (found.isEmpty()) {
			return null;
		}
		IdempotencyRecord record = found.get(0);
		if (!record.getMutation().equals(mutation) || !record.getRequestHash().equals(requestHash)) {
			return Payload.refused(List.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED,
					LocalizedMessage.of("mutation.idempotencyKeyReused"), "input", "idempotencyKey")));
		}
		String resultId = Objects.requireNonNull(record.getResultId());
		return Payload.done(this.records.findByGlobalId(type, resultId)
			.orElseThrow(
					() -> new UserErrorException(UserErrorCode.NOT_FOUND, LocalizedMessage.of("mutation.resultGone"))));
	}

	/**
	 * Records the key before the mutation runs: inserted and flushed first, so that a
	 * concurrent twin waits on the unique key until this one's transaction ends.
	 */
	IdempotencyRecord remember(Caller caller, String key, String mutation, String requestHash) {
		IdempotencyRecord record = new IdempotencyRecord(callerKey(caller), key, mutation, requestHash,
				this.clock.instant());
		this.entityManager.persist(record);
		this.entityManager.flush();
		return record;
	}

	/**
	 * Whether a unique-key violation is the one of a concurrent request with the same
	 * key.
	 */
	static boolean isTwin(ConstraintViolationException duplicate) {
		return String.valueOf(duplicate.getConstraintName()).toLowerCase(Locale.ROOT).contains(CONSTRAINT);
	}

	/**
	 * A hash of the mutation and its input, the key left out: what a retry must repeat.
	 */
	String hash(String mutation, MutationInput input) {
		JsonNode tree = this.json.valueToTree(input);
		if (tree instanceof ObjectNode object) {
			object.remove("idempotencyKey");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((mutation + "\n" + this.json.writeValueAsString(tree)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Idempotency keys are unique per caller: per subject, and per organisation for
	 * partners.
	 */
	private static String callerKey(Caller caller) {
		return caller.subject() + ((caller.organizationId() != null) ? "@" + caller.organizationId() : "");
	}

}
