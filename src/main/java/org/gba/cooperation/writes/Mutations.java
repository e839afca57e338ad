package org.gba.cooperation.writes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.RequestDeadline;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.jpa.RecentWriters;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.shared.search.SearchIndexing;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every mutation the same way, so that no domain can get one of these wrong:
 * <ol>
 * <li>only partners and coordinators write (method security; anonymous: UNAUTHORIZED,
 * others: FORBIDDEN);</li>
 * <li>the input passes Bean Validation, or the payload carries one user error per
 * violation;</li>
 * <li>one transaction: a refusal ({@link UserErrorException}) or a failure anywhere rolls
 * back everything, idempotency record and audit entry included;</li>
 * <li>a change loads its target through the access rules (unseen: NOT_FOUND; seen but not
 * the caller's: FORBIDDEN), refuses archived targets and stale versions (STALE_VERSION
 * with the current version, also when a concurrent writer wins the race at commit);</li>
 * <li>an idempotency key (per caller) makes a retry with the same input return the first
 * result and write nothing; the same key with another input is refused;</li>
 * <li>every successful mutation leaves an audit entry: who, when, what, which fields
 * before and after;</li>
 * <li>bounded in time and number ({@link WriteLimitsProperties}): at most so many at
 * once, waiting for a place at most so long ({@code OVERLOADED}), and every statement of
 * the transaction, row locks waited for included, within the mutation's time and the
 * request's ({@code TIMEOUT}); either way nothing is written, and the answer is final: a
 * mutation answered {@code TIMEOUT} never commits.</li>
 * </ol>
 */
@Component
public class Mutations {

	/**
	 * Who writes: partners (for what their organisation takes part in) and coordinators.
	 */
	static final String WRITERS = "hasAnyRole('PARTNER', 'COORDINATOR')";

	private final EntityManager entityManager;

	private final PlatformTransactionManager transactionManager;

	private final TransactionTemplate transactions;

	private final RecentWriters recentWriters;

	private final WriteLimitsProperties limits;

	private final WriteSlots slots;

	private final VisibleRecords records;

	private final AccessRules accessRules;

	private final InputChecks inputChecks;

	private final IdempotencyRecords idempotency;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final SearchIndexing searchIndexing;

	Mutations(EntityManager entityManager, PlatformTransactionManager transactionManager, VisibleRecords records,
			AccessRules accessRules, InputChecks inputChecks, IdempotencyRecords idempotency, AuditTrail auditTrail,
			Clock clock, SearchIndexing searchIndexing, WriteLimitsProperties limits, DataSource dataSource,
			RecentWriters recentWriters) {
		this.entityManager = entityManager;
		this.recentWriters = recentWriters;
		this.transactionManager = transactionManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.limits = limits;
		this.slots = new WriteSlots(limits, dataSource);
		this.records = records;
		this.accessRules = accessRules;
		this.inputChecks = inputChecks;
		this.idempotency = idempotency;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.searchIndexing = searchIndexing;
	}

	/**
	 * Creates a record: {@code create} builds it from the input (refusing with a
	 * {@link UserErrorException} if a domain rule says no); it is persisted, then
	 * {@code completed} adds what needs its ID (e.g. a lead member), and the whole is
	 * audited.
	 */
	@PreAuthorize(WRITERS)
	public <T extends BaseEntity> Payload<T> create(MutationInput input, Class<T> type, Supplier<T> create,
			Consumer<T> completed, Function<T, Map<String, Object>> state) {
		String mutation = input.mutation();
		return run(mutation, input, type, () -> {
			T created = create.get();
			this.entityManager.persist(created);
			this.entityManager.flush();
			completed.accept(created);
			this.entityManager.flush();
			this.searchIndexing.reindex(created);
			this.auditTrail.record(writer(), mutation, created, Map.of(), state.apply(created));
			return created;
		});
	}

	/**
	 * Changes the record with the global ID {@code id}, which the client last saw at
	 * {@code version}: {@code change} applies the input to it (refusing with a
	 * {@link UserErrorException} if a domain rule says no); its version then moves on,
	 * and the changed fields are audited.
	 */
	@PreAuthorize(WRITERS)
	public <T extends BaseEntity> Payload<T> change(MutationInput input, Class<T> type, String id, long version,
			Function<T, Map<String, Object>> state, Consumer<T> change) {
		return change(input.mutation(), input, type, id, version, true, state, change);
	}

	/**
	 * Like {@link #change}, for an action a caller takes on a record it may see but not
	 * change, such as registering its own organisation for an event: the action itself
	 * checks who may take it.
	 */
	@PreAuthorize(WRITERS)
	public <T extends BaseEntity> Payload<T> act(MutationInput input, Class<T> type, String id, long version,
			Function<T, Map<String, Object>> state, Consumer<T> action) {
		return change(input.mutation(), input, type, id, version, false, state, action);
	}

	private <T extends BaseEntity> Payload<T> change(String mutation, MutationInput input, Class<T> type, String id,
			long version, boolean changeable, Function<T, Map<String, Object>> state, Consumer<T> change) {
		long databaseId = GlobalId.decode(id, type.getSimpleName());
		return run(mutation, input, type, () -> {
			T target = this.records.findById(type, databaseId)
				.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND,
						LocalizedMessage.of("mutation.notFound", typeName(type), id), "input", "id"));
			if (changeable && !this.records.isChangeable(type, databaseId)) {
				throw new AccessRefusedException(LocalizedMessage.of("mutation.notChangeable", typeName(type)));
			}
			if (target instanceof ArchivableEntity archivable && archivable.isArchived()) {
				throw new UserErrorException(UserErrorCode.ARCHIVED,
						LocalizedMessage.of("mutation.archived", typeName(type)), "input", "id");
			}
			if (target.getVersion() != version) {
				throw new UserErrorException(UserError.staleVersion(target.getVersion()));
			}
			Map<String, Object> before = state.apply(target);
			// Touched first, so that a flush inside the change writes the version once,
			// with the change.
			target.touch();
			change.accept(target);
			this.entityManager.flush();
			this.searchIndexing.reindex(target);
			this.auditTrail.record(writer(), mutation, target, before, state.apply(target));
			return target;
		});
	}

	/**
	 * The caller of the mutation (a partner or a coordinator: nobody else gets this far).
	 */
	public Caller writer() {
		return this.accessRules.caller();
	}

	private <T extends BaseEntity> Payload<T> run(String mutation, MutationInput input, Class<T> type,
			Supplier<T> action) {
		Caller caller = this.accessRules.caller();
		List<UserError> invalid = this.inputChecks.check(input);
		if (!invalid.isEmpty()) {
			return Payload.refused(invalid);
		}
		Duration bound = timeBound();
		Instant end = this.clock.instant().plus(bound);
		Duration patience = (bound.compareTo(this.limits.queueTimeout()) < 0) ? bound : this.limits.queueTimeout();
		Payload<T> outcome = this.slots.callWithin(patience,
				() -> transact(caller, mutation, input, type, action, end));
		if (caller.subject() != null) {
			// Its next reads, this request's payload first, see what it wrote.
			this.recentWriters.wrote(caller.subject());
		}
		return (outcome != null) ? outcome : Payload.refused(List.of(UserError.of(UserErrorCode.OVERLOADED,
				LocalizedMessage.of("mutation.overloaded", this.limits.maxConcurrent()))));
	}

	/**
	 * The time a mutation may take: {@link WriteLimitsProperties#timeout()}, and never
	 * more than its request has left ({@link RequestDeadline}), so that the mutation's
	 * outcome is final before the request is answered.
	 */
	private Duration timeBound() {
		Duration left = RequestDeadline.remaining(this.clock);
		return (left != null && left.compareTo(this.limits.timeout()) < 0) ? left : this.limits.timeout();
	}

	/**
	 * The mutation's transaction, every statement of it (the flush's, waiting on a row
	 * lock, included) bounded by the whole seconds left until {@code end}: Hibernate
	 * gives the transaction's remaining time to each JDBC statement as its query
	 * time-out. Less than a second left: not attempted.
	 */
	private <T extends BaseEntity> Payload<T> transact(Caller caller, String mutation, MutationInput input,
			Class<T> type, Supplier<T> action, Instant end) {
		long seconds = Duration.between(this.clock.instant(), end).toSeconds();
		if (seconds < 1) {
			return timedOut();
		}
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		transactions.setTimeout((int) Math.min(seconds, Integer.MAX_VALUE));
		String key = input.idempotencyKey();
		String requestHash = this.idempotency.hash(mutation, input);
		// The mutation's own failure, kept: when the rollback that follows fails as well
		// (a
		// connection that broke under a statement cannot roll back), the transaction
		// throws the rollback's failure instead, which says nothing of what went wrong.
		AtomicReference<@Nullable RuntimeException> failed = new AtomicReference<>();
		try {
			return Objects.requireNonNull(transactions.execute((status) -> {
				try {
					return attempt(caller, key, mutation, requestHash, type, action, status);
				}
				catch (RuntimeException ex) {
					failed.set(ex);
					throw ex;
				}
			}));
		}
		catch (RuntimeException thrown) {
			RuntimeException failure = WriteFailures.first(failed.get(), thrown);
			if (WriteFailures.timedOut(failure)) {
				// Rolled back: the transaction ran out of its time (a row lock held
				// elsewhere, a slow database).
				return timedOut();
			}
			StaleObjectStateException lost = WriteFailures.cause(failure, StaleObjectStateException.class);
			if (lost != null) {
				// Another writer committed a change of the same object between our read
				// and our write.
				return Payload.refused(List.of(UserError.staleVersion(currentVersion(lost))));
			}
			ConstraintViolationException duplicate = WriteFailures.cause(failure, ConstraintViolationException.class);
			if (duplicate != null && duplicate.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
				if (key != null && IdempotencyRecords.isTwin(duplicate)) {
					// A concurrent request with the same idempotency key committed first:
					// answer as it did.
					Payload<T> earlier = transactions
						.execute((status) -> this.idempotency.replay(caller, key, mutation, requestHash, type));
					if (earlier != null) {
						return earlier;
					}
				}
				else {
					// A concurrent request added the same member, registration... first.
					return Payload.refused(List
						.of(UserError.of(UserErrorCode.ALREADY_EXISTS, LocalizedMessage.of("mutation.alreadyExists"))));
				}
			}
			throw failure;
		}
	}

	/**
	 * Inside the mutation's transaction: the earlier result of the same idempotency key,
	 * or the action, its key remembered with its result.
	 */
	private <T extends BaseEntity> Payload<T> attempt(Caller caller, @Nullable String key, String mutation,
			String requestHash, Class<T> type, Supplier<T> action, TransactionStatus status) {
		if (key != null) {
			Payload<T> earlier = this.idempotency.replay(caller, key, mutation, requestHash, type);
			if (earlier != null) {
				return earlier;
			}
		}
		IdempotencyRecord record = (key != null) ? this.idempotency.remember(caller, key, mutation, requestHash) : null;
		try {
			T result = action.get();
			if (record != null) {
				record.setResultId(GlobalId.encode(type.getSimpleName(), result.getId()));
			}
			return Payload.done(result);
		}
		catch (UserErrorException refused) {
			status.setRollbackOnly();
			return Payload.<T>refused(refused.errors());
		}
	}

	private <T extends BaseEntity> Payload<T> timedOut() {
		return Payload.refused(List.of(UserError.of(UserErrorCode.TIMEOUT,
				LocalizedMessage.of("mutation.timedOut", this.limits.timeout().toSeconds()))));
	}

	private long currentVersion(StaleObjectStateException lost) {
		return Objects.requireNonNull(this.transactions.execute((status) -> {
			Object current;
			try {
				current = this.entityManager.find(Class.forName(lost.getEntityName()), lost.getIdentifier());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
			return (current instanceof BaseEntity entity) ? entity.getVersion() : -1L;
		}));
	}

	/**
	 * The name of a type of record in messages: {@code JointLab} in English, 聯合實驗室 in
	 * Traditional Chinese.
	 */
	static LocalizedMessage typeName(Class<?> type) {
		return LocalizedMessage.withDefault("type." + type.getSimpleName(), type.getSimpleName());
	}

}
