package org.gba.cooperation.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

import org.gba.cooperation.graphql.GraphQlLimitsProperties;
import org.gba.cooperation.graphql.ratelimit.BackgroundBudgets;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Language;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.bulkhead.Bulkheads;
import org.gba.cooperation.shared.bulkhead.HeavyWork;
import org.gba.cooperation.shared.bulkhead.OverloadedException;
import org.gba.cooperation.shared.paging.PageRequest;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.UserError;
import org.gba.cooperation.writes.UserErrorCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bulk exports: starting, cancelling and retrying them for their caller, reading where
 * they stand, and running them on this instance's workers, a bounded pool of
 * {@code gba.export.workers} threads with at most {@code gba.export.max-queued} exports
 * waiting. A worker reads the export's pages one after the other ({@link ExportPages}) as
 * the caller who started it, writes each page's nodes to the file and forgets them, so
 * memory stays flat whatever the length of the export, and pays for each page from the
 * caller's budget.
 */
final class BulkExports {

	static final String TYPE_NAME = "BulkExport";

	/**
	 * How long a shutdown waits for the interrupted workers to clean up: about one page
	 * read, whose statements the interruption may not stop.
	 */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(BulkExports.class);

	private final ExportProperties properties;

	private final ExportStore store;

	private final ExportPages pages;

	private final AccessRules accessRules;

	private final BackgroundBudgets budgets;

	private final GraphQlSource graphQlSource;

	private final GraphQlLimitsProperties limits;

	private final Clock clock;

	private final Path directory;

	private final ExportLinks links;

	private final ThreadPoolExecutor workers;

	private final Bulkheads bulkheads;

	/** Exports cancelled on this instance: their worker stops at the next page. */
	private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();

	/**
	 * Called by a worker before each page it reads, with the export's ID: nothing, but
	 * for tests that hold a worker there to see an export RUNNING.
	 */
	private volatile LongConsumer beforePage = (id) -> {
	};

	BulkExports(ExportProperties properties, ExportStore store, ExportPages pages, AccessRules accessRules,
			BackgroundBudgets budgets, GraphQlSource graphQlSource, GraphQlLimitsProperties limits, Clock clock,
			Path directory, ExportLinks links, Bulkheads bulkheads) {
		this.bulkheads = bulkheads;
		this.properties = properties;
		this.store = store;
		this.pages = pages;
		this.accessRules = accessRules;
		this.budgets = budgets;
		this.graphQlSource = graphQlSource;
		this.limits = limits;
		this.clock = clock;
		this.directory = directory;
		this.links = links;
		BlockingQueue<Runnable> queue = (properties.maxQueued() > 0) ? new LinkedBlockingQueue<>(properties.maxQueued())
				: new SynchronousQueue<>();
		AtomicInteger threads = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.MILLISECONDS,
				queue, (task) -> {
					Thread thread = new Thread(task, "bulk-export-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Sets what a worker does before each page (tests only). */
	void beforeEachPage(LongConsumer hook) {
		this.beforePage = hook;
	}

	Path directory() {
		return this.directory;
	}

	/** Starts an export of the current caller's. */
	Payload<ExportView> start(String query, ExportFormat format, Language language) {
		Caller caller = exporter();
		String subject = subject(caller);
		Object prepared = prepare(query, language);
		if (prepared instanceof UserError refusal) {
			return Payload.refused(List.of(refusal));
		}
		long id;
		try {
			id = this.store.create(subject, query, format, language.name());
		}
		catch (DuplicateKeyException ex) {
			return Payload.refused(List.of(alreadyRunning(subject)));
		}
		if (!submit(id, (ExportQuery.Prepared) prepared, format, language)) {
			this.store.failed(id, "QUEUE_FULL", "Too many exports were waiting on this instance", true);
			return Payload.refused(List.of(queueFull()));
		}
		return Payload.done(view(this.store.find(id, subject).orElseThrow()));
	}

	/** Cancels an export of the current caller's. */
	Payload<ExportView> cancel(String globalId) {
		String subject = subject(exporter());
		long id = GlobalId.decode(globalId, TYPE_NAME);
		Optional<ExportRow> row = this.store.find(id, subject);
		if (row.isEmpty()) {
			return Payload.refused(List.of(notFound(globalId)));
		}
		if (!this.store.canceled(id, subject)) {
			return Payload.refused(List.of(UserError.of(UserErrorCode.INVALID_TRANSITION,
					LocalizedMessage.withDefault("export.notActive",
							"The export has ended already (" + row.get().status() + ")", row.get().status()),
					"input", "id")));
		}
		this.cancelled.add(id);
		deleteQuietly(partFile(id, row.get().format()));
		logger.info("Bulk export {} canceled by its caller", id);
		return Payload.done(view(this.store.find(id, subject).orElseThrow()));
	}

	/** Runs a failed (retryable) or cancelled export of the current caller's again. */
	Payload<ExportView> retry(String globalId) {
		String subject = subject(exporter());
		long id = GlobalId.decode(globalId, TYPE_NAME);
		Optional<ExportRow> row = this.store.find(id, subject);
		if (row.isEmpty()) {
			return Payload.refused(List.of(notFound(globalId)));
		}
		Language language = language(row.get().language());
		Object prepared = prepare(row.get().query(), language);
		if (prepared instanceof UserError refusal) {
			return Payload.refused(List.of(refusal));
		}
		boolean retried;
		try {
			retried = this.store.retried(id, subject);
		}
		catch (DuplicateKeyException ex) {
			return Payload.refused(List.of(alreadyRunning(subject)));
		}
		if (!retried) {
			return Payload.refused(List.of(UserError.of(UserErrorCode.INVALID_TRANSITION,
					LocalizedMessage.withDefault("export.notRetryable",
							"Only a canceled export, or a failed one whose retryable is true, runs again; this one is "
									+ row.get().status(),
							row.get().status()),
					"input", "id")));
		}
		this.cancelled.remove(id);
		if (!submit(id, (ExportQuery.Prepared) prepared, row.get().format(), language)) {
			this.store.failed(id, "QUEUE_FULL", "Too many exports were waiting on this instance", true);
			return Payload.refused(List.of(queueFull()));
		}
		return Payload.done(view(this.store.find(id, subject).orElseThrow()));
	}

	/** An export of the current caller's, by its global ID. */
	Optional<ExportView> find(String globalId) {
		Caller caller = this.accessRules.caller();
		long id = GlobalId.decode(globalId, TYPE_NAME);
		if (caller.isAnonymous()) {
			return Optional.empty();
		}
		return this.store.find(id, subject(caller)).map(this::view);
	}

	/** The current caller's waiting or running export. */
	Optional<ExportView> current() {
		Caller caller = this.accessRules.caller();
		return caller.isAnonymous() ? Optional.empty() : this.store.active(subject(caller)).map(this::view);
	}

	/** A page of the current caller's exports, newest first. */
	ExportConnection list(PageRequest page) {
		Caller caller = this.accessRules.caller();
		if (caller.isAnonymous()) {
			return ExportConnection.of(List.of(), false, 0);
		}
		Long before = (page.cursor() != null) ? GlobalId.decode(page.cursor(), TYPE_NAME) : null;
		String subject = subject(caller);
		List<ExportRow> rows = this.store.list(subject, before, page.size() + 1);
		boolean more = rows.size() > page.size();
		List<ExportView> views = rows.stream().limit(page.size()).map(this::view).toList();
		return ExportConnection.of(views, more, this.store.count(subject));
	}

	/**
	 * What the schema's {@code BulkExport} shows of a row, with a fresh link when done.
	 */
	ExportView view(ExportRow row) {
		String url = null;
		Instant urlExpiresAt = null;
		if (row.status() == ExportStatus.COMPLETED && row.fileName() != null) {
			urlExpiresAt = this.clock.instant().plus(this.properties.linkLifetime());
			url = this.links.link(row.id(), row.subject(), urlExpiresAt);
			urlExpiresAt = Instant.ofEpochSecond(urlExpiresAt.getEpochSecond());
		}
		return new ExportView(row.globalId(), row.status(), row.format(), row.query(), row.rowsWritten(),
				row.totalCount(), row.fieldErrors(), (double) row.sizeBytes(), row.errorCode(), row.errorMessage(),
				row.retryable(), row.attempts(), row.createdAt(), row.startedAt(), row.completedAt(), url,
				urlExpiresAt);
	}

	/** The file of a completed export, or the part being written. */
	Path file(String fileName) {
		return this.directory.resolve(fileName);
	}

	Path partFile(long id, ExportFormat format) {
		return this.directory.resolve(fileName(id, format) + ".part");
	}

	static String fileName(long id, ExportFormat format) {
		return "bulk-export-" + id + "." + format.extension();
	}

	/**
	 * Stops the workers, failing (retryable) what this instance was running, and gives
	 * them {@link #SHUTDOWN_WAIT} to delete their half-written files while the database
	 * is still there.
	 */
	void shutdown() {
		for (Long id : this.store.ownActive()) {
			if (this.store.failed(id, "INSTANCE_STOPPED",
					"The instance running this export stopped; run it again with retryBulkExport", true)) {
				logger.info("Bulk export {} stopped with its instance: FAILED, retryable", id);
			}
		}
		this.workers.shutdownNow();
		try {
			if (!this.workers.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("Bulk export workers still running {} after the shutdown began", SHUTDOWN_WAIT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The caller, if it may export: UNAUTHORIZED when anonymous, FORBIDDEN without one of
	 * {@code gba.export.roles}.
	 */
	private Caller exporter() {
		Caller caller = this.accessRules.caller();
		if (caller.isAnonymous() || caller.roles().stream().noneMatch(this.properties.roles()::contains)) {
			throw new AccessRefusedException(LocalizedMessage.withDefault("export.forbidden",
					"Bulk exports are for the roles " + this.properties.roles(), this.properties.roles()));
		}
		return caller;
	}

	private static String subject(Caller caller) {
		return java.util.Objects.requireNonNull(caller.subject());
	}

	/** The document prepared, or the user error that refuses it. */
	private Object prepare(String query, Language language) {
		long size = query.getBytes(StandardCharsets.UTF_8).length;
		long maxSize = this.limits.maxDocumentSize().toBytes();
		if (size > maxSize) {
			return UserError.of(UserErrorCode.EXPORT_QUERY_REFUSED,
					LocalizedMessage.withDefault("export.tooLarge", "The query is " + size
							+ " bytes, over the limit of " + maxSize + " (gba.graphql.limits.max-document-size)", size,
							maxSize),
					"input", "query");
		}
		ExportQuery.Prepared prepared;
		try {
			prepared = ExportQuery.prepare(query, this.graphQlSource.schema(), this.limits.maxTokens());
		}
		catch (ExportQuery.Refusal refusal) {
			return UserError.of(refusal.code(), LocalizedMessage.withDefault(refusal.messageCode(),
					String.valueOf(refusal.getMessage()), refusal.arguments().toArray()), "input", "query");
		}
		ExportPages.PageFailure refused = this.pages.probe(prepared, language);
		if (refused != null) {
			return UserError.of(
					UserErrorCode.EXPORT_QUERY_REFUSED, LocalizedMessage.withDefault("export.queryRefused",
							refused.code() + ": " + refused.getMessage(), refused.code(), refused.getMessage()),
					"input", "query");
		}
		return prepared;
	}

	private boolean submit(long id, ExportQuery.Prepared prepared, ExportFormat format, Language language) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Caller caller = this.accessRules.caller();
		try {
			this.workers.execute(() -> run(id, prepared, format, language, authentication, caller));
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/** A worker's run of one export, as its caller. */
	private void run(long id, ExportQuery.Prepared prepared, ExportFormat format, Language language,
			@Nullable Authentication authentication, Caller caller) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		Path part = partFile(id, format);
		try {
			if (this.cancelled.contains(id) || !this.store.started(id)) {
				return;
			}
			// The export's own compartment of the bulkhead: its pages (GraphQL queries on
			// this thread) take no place of the interactive heavy queries.
			try (Bulkheads.Held place = this.bulkheads.hold(HeavyWork.EXPORT)) {
				write(id, prepared, format, language, caller, part);
			}
		}
		catch (OverloadedException ex) {
			fail(id, part, "OVERLOADED", "Too many exports are running; run it again later", true);
		}
		catch (ExportPages.PageFailure ex) {
			fail(id, part, ex.code(), String.valueOf(ex.getMessage()), ex.retryable());
		}
		catch (IOException ex) {
			logger.warn("Bulk export {}: its file could not be written", id, ex);
			fail(id, part, "FILE_ERROR", "The export's file could not be written", true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(id, part, "INSTANCE_STOPPED", "The instance running this export stopped; run it again", true);
		}
		catch (RuntimeException ex) {
			logger.warn("Bulk export {} failed", id, ex);
			fail(id, part, "INTERNAL_ERROR", "The export failed on the server; run it again", true);
		}
		finally {
			this.cancelled.remove(id);
			SecurityContextHolder.clearContext();
		}
	}

	private void write(long id, ExportQuery.Prepared prepared, ExportFormat format, Language language, Caller caller,
			Path part) throws IOException, InterruptedException {
		long began = System.nanoTime();
		long rows = 0;
		long fieldErrors = 0;
		long bytes;
		boolean stopped = false;
		try (OutputStream out = Files.newOutputStream(part);
				RowWriter writer = RowWriter.of(format, out, prepared.columns())) {
			String after = null;
			boolean first = true;
			while (true) {
				this.beforePage.accept(id);
				if (this.cancelled.contains(id)) {
					stopped = true;
					break;
				}
				ExportPages.Page page = this.pages.read(prepared, first, after, this.properties.pageSize(), language);
				for (Map<String, Object> node : page.nodes()) {
					writer.write(node);
				}
				writer.flush();
				rows += page.nodes().size();
				fieldErrors += page.fieldErrors();
				if (!this.store.progressed(id, rows, Files.size(part), fieldErrors, first ? page.totalCount() : null)) {
					stopped = true;
					break;
				}
				if (!pay(id, caller, page.actualCost())) {
					stopped = true;
					break;
				}
				first = false;
				if (!page.hasNextPage() || page.endCursor() == null) {
					break;
				}
				after = page.endCursor();
			}
		}
		if (stopped) {
			deleteQuietly(part);
			logger.info("Bulk export {} stopped after {} rows (canceled)", id, rows);
			return;
		}
		String fileName = fileName(id, format);
		Path file = this.directory.resolve(fileName);
		try {
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
		}
		bytes = Files.size(file);
		if (!this.store.completed(id, rows, bytes, fieldErrors, fileName)) {
			deleteQuietly(file);
			logger.info("Bulk export {} was canceled as it completed", id);
			return;
		}
		double seconds = Math.max(System.nanoTime() - began, 1) / 1e9;
		logger.info("Bulk export {} completed: {} rows, {} bytes in {} s ({} rows/s)", id, rows, bytes,
				String.format("%.1f", seconds), Math.round(rows / seconds));
	}

	/**
	 * Takes the page's share of its cost from the caller's budget, waiting while the
	 * budget is short (a second at a time, so that a cancellation is seen).
	 * @return false when the export was cancelled while it waited
	 */
	private boolean pay(long id, Caller caller, long actualCost) throws InterruptedException {
		long points = (long) Math.ceil(actualCost * this.properties.costFactor());
		if (points <= 0 || caller.isAnonymous()) {
			return true;
		}
		while (true) {
			Duration wait = this.budgets.spend(caller, points);
			if (wait.isZero()) {
				return true;
			}
			long until = System.nanoTime() + wait.toNanos();
			while (System.nanoTime() < until) {
				if (this.cancelled.contains(id)) {
					return false;
				}
				Thread.sleep(Math.min(1000, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
			}
		}
	}

	private void fail(long id, Path part, String code, String message, boolean retryable) {
		deleteQuietly(part);
		try {
			if (this.store.failed(id, code, message, retryable)) {
				logger.info("Bulk export {} FAILED: {} {}", id, code, message);
			}
		}
		catch (RuntimeException ex) {
			// The database is unreachable (or already closed, at shutdown): the export
			// stays RUNNING until ExportRecovery finds it silent and fails it, retryable.
			logger.warn("Bulk export {} failed ({}) and could not be marked FAILED: {}", id, code, ex.toString());
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}", file, ex);
		}
	}

	private UserError alreadyRunning(String subject) {
		String running = this.store.active(subject).map(ExportRow::globalId).orElse("?");
		return UserError.of(UserErrorCode.EXPORT_ALREADY_RUNNING, LocalizedMessage.withDefault("export.alreadyRunning",
				"Your export " + running + " is waiting or running: cancel it or wait for it to end", running));
	}

	private static UserError queueFull() {
		return UserError.of(UserErrorCode.EXPORT_QUEUE_FULL, LocalizedMessage.withDefault("export.queueFull",
				"Too many exports are waiting on the server (gba.export.max-queued): try again later"));
	}

	private static UserError notFound(String globalId) {
		return UserError.of(UserErrorCode.NOT_FOUND,
				LocalizedMessage.withDefault("export.notFound", "You have no export with the ID " + globalId, globalId),
				"input", "id");
	}

	private static Language language(String name) {
		try {
			return Language.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return Language.EN;
		}
	}

}
