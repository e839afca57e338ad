package org.gba.cooperation.shared.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.text.ChineseScripts;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the records.
 * <ul>
 * <li>At start-up, before the application serves (a lifecycle phase ahead of the web
 * server's), the mass indexer builds the index of every type whose documents are missing
 * (fewer or more than its rows) or were built by an older mapping ({@link #INDEX_VERSION}
 * in {@code search_index_state}); its progress is logged.</li>
 * <li>Each write indexes the record it wrote again ({@link #reindex}), with the records
 * whose documents hold its data ({@link SearchDependents}): Hibernate Search indexes
 * changes of indexed properties by itself, but not those of rows the document is derived
 * from (a lab's members), nor a change of another record's name.</li>
 * </ul>
 */
@Component
public class SearchIndexing implements SmartLifecycle {

	/**
	 * Changes whenever the mapping, the analysis or the normal form changes, so that an
	 * index built by an earlier version is built again at start-up.
	 */
	static final int INDEX_VERSION = 4;

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexing.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final List<SearchDependents> dependents;

	private final JdbcTemplate jdbc;

	private final SearchProperties properties;

	private volatile boolean running;

	private volatile @Nullable Build lastBuild;

	SearchIndexing(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			List<SearchDependents> dependents, JdbcTemplate jdbc, SearchProperties properties) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.dependents = dependents;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Indexes the written record again, with its dependents; in the write's transaction,
	 * after the change was flushed. Their documents are built before the commit and
	 * written with it (Lucene) or by the outbox's agents (OpenSearch).
	 */
	public void reindex(BaseEntity written) {
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		Set<Class<?>> indexed = indexedTypes();
		if (indexed.contains(written.getClass())) {
			// Read again, so that the document sees the rows written beside the record
			// (a new lab's lead member) rather than collections loaded before them.
			this.entityManager.refresh(written);
			plan.addOrUpdate(written);
		}
		for (SearchDependents dependent : this.dependents) {
			for (Object record : dependent.of(written)) {
				plan.addOrUpdate(record);
			}
		}
	}

	private Set<Class<?>> indexedTypes() {
		return Search.mapping(this.entityManagerFactory)
			.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::javaClass)
			.collect(Collectors.toSet());
	}

	/** Builds what is missing or outdated; the application does not serve before. */
	@Override
	public void start() {
		ChineseScripts.warmUp();
		if (this.properties.indexesOnStart()) {
			buildIfOutdated();
		}
		this.running = true;
	}

	void buildIfOutdated() {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		boolean current = currentVersion() == INDEX_VERSION;
		List<Class<?>> outdated = new ArrayList<>();
		long documents = 0;
		try (EntityManager reader = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(reader);
			for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
				Class<?> type = entity.javaClass();
				long indexed = session.search(type).where((f) -> f.matchAll()).fetchTotalHitCount();
				long rows = count(reader, type);
				if (!current || indexed != rows) {
					logger.info("Search index of {}: {} documents for {} records{}", type.getSimpleName(), indexed,
							rows, current ? "" : ", built by an earlier version");
					outdated.add(type);
					documents += rows;
				}
			}
			if (outdated.isEmpty()) {
				return;
			}
			long started = System.nanoTime();
			session.massIndexer(outdated).threadsToLoadObjects(2).batchSizeToLoadObjects(200).startAndWait();
			Build build = new Build(outdated.stream().map(Class::getSimpleName).toList(), documents,
					Duration.ofNanos(System.nanoTime() - started));
			logger.info("Built the search index of {} in {} ms: {} documents", build.types(),
					build.duration().toMillis(), build.documents());
			this.lastBuild = build;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the search index", ex);
		}
		this.jdbc.update("DELETE FROM search_index_state");
		this.jdbc.update("INSERT INTO search_index_state (id, normal_form_version) VALUES (1, ?)", INDEX_VERSION);
	}

	/**
	 * The index's last build by this instance, at start-up; {@code null} when it found
	 * the index current (or was told not to build it). The benchmark reports its speed.
	 */
	public @Nullable Build lastBuild() {
		return this.lastBuild;
	}

	private int currentVersion() {
		try {
			Integer version = this.jdbc
				.queryForObject("SELECT normal_form_version FROM search_index_state WHERE id = 1", Integer.class);
			return (version != null) ? version : 0;
		}
		catch (EmptyResultDataAccessException ex) {
			return 0;
		}
	}

	private static long count(EntityManager reader, Class<?> type) {
		CriteriaBuilder cb = reader.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		query.select(cb.count(query.from(type)));
		return reader.createQuery(query).getSingleResult();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * A build of the index by the mass indexer.
	 *
	 * @param types the entity types built
	 * @param documents the documents written: the types' records when the build started
	 * @param duration how long the mass indexer took
	 */
	public record Build(List<String> types, long documents, Duration duration) {
	}

	/** Ahead of the web server, which starts in a late phase. */
	@Override
	public int getPhase() {
		return 0;
	}

}
