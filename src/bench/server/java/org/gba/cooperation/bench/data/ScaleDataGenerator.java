package org.gba.cooperation.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the scale data: organisations, people, joint labs, cross-border projects,
 * investment events and talent arrangements, with every row that the API needs to be
 * consistent (members, participants, investments, milestones, organisers, target sectors,
 * registrations, deals), into a migrated database that holds no organisation yet. Cities,
 * sectors and exchange rates are the migrations' reference data. One generator per domain
 * writes its tables, in the order their references need; this class sizes them, hands
 * each its own random stream, and runs the load.
 *
 * <p>
 * Deterministic: rows depend only on the scale factor and the seed (each domain draws
 * from its own random stream, dates are relative to a fixed {@link Draws#AS_OF}, IDs are
 * given explicitly). Realistic: Pareto-sized projects and events (few large, many small),
 * log-normal amounts in the investor's currency, places skewed toward Shenzhen and
 * Guangzhou, dates from 2016 on, mostly published records with some drafts.
 */
final class ScaleDataGenerator {

	/** Base numbers at scale factor 1 (issue 8). */
	static final int ORGANIZATIONS = 1_000;

	static final int PEOPLE = 20_000;

	static final int JOINT_LABS = 1_000;

	static final int PROJECTS = 10_000;

	static final int INVESTMENTS = 50_000;

	static final int TALENT_ARRANGEMENTS = 100_000;

	static final int EVENTS = 1_000;

	static final int REGISTRATIONS = 20_000;

	/**
	 * Fewest organisations generated, whatever the scale factor: enough for
	 * two-jurisdiction records and registrations.
	 */
	static final int MIN_ORGANIZATIONS = 30;

	private ScaleDataGenerator() {
	}

	static int scaled(int base, BigDecimal scaleFactor) {
		return BigDecimal.valueOf(base).multiply(scaleFactor).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
	}

	/**
	 * Generates the data through this connection (its auto-commit is turned off; it
	 * commits as it goes) and answers the rows written per table.
	 */
	static Generated generate(Connection connection, BigDecimal scaleFactor, long seed, int batchSize)
			throws SQLException {
		requireEmpty(connection);
		connection.setAutoCommit(false);
		try (RelaxedChecks relaxed = RelaxedChecks.onMySql(connection);
				BulkInserter out = new BulkInserter(connection, batchSize)) {
			writeEveryDomain(out, ReferenceData.read(connection), scaleFactor, seed);
			markSearchIndexOutdated(connection);
			out.close();
			return new Generated(out.counts(), out.insertNanos());
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	/**
	 * Each domain in the order of their references, each from its own random stream
	 * (numbered as ever).
	 */
	private static void writeEveryDomain(BulkInserter out, ReferenceData reference, BigDecimal scaleFactor, long seed)
			throws SQLException {
		int labs = Math.max(1, scaled(JOINT_LABS, scaleFactor));
		int projects = Math.max(1, scaled(PROJECTS, scaleFactor));
		Organizations organizations = OrganizationGenerator.generate(out, reference,
				Math.max(MIN_ORGANIZATIONS, scaled(ORGANIZATIONS, scaleFactor)), random(seed, 1));
		People people = PersonGenerator.generate(out, reference, organizations,
				Math.max(1, scaled(PEOPLE, scaleFactor)), random(seed, 2));
		JointLabGenerator.generate(out, reference, organizations, labs, random(seed, 3));
		ProjectGenerator.generate(out, reference, organizations, projects, scaled(INVESTMENTS, scaleFactor),
				random(seed, 4));
		EventGenerator.generate(out, reference, organizations, Math.max(1, scaled(EVENTS, scaleFactor)),
				scaled(REGISTRATIONS, scaleFactor), random(seed, 5));
		TalentGenerator.generate(out, reference, organizations, people, scaled(TALENT_ARRANGEMENTS, scaleFactor), labs,
				projects, random(seed, 6));
	}

	private static SplittableRandom random(long seed, int stream) {
		return new SplittableRandom(seed * 1_000_003L + stream);
	}

	/**
	 * Whether the database holds no organisation yet (the generator writes only into such
	 * a one).
	 */
	static boolean isEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM organization")) {
			rows.next();
			return rows.getLong(1) == 0;
		}
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		if (!isEmpty(connection)) {
			throw new IllegalStateException(
					"The database already holds organisations: scale data is generated into an empty, migrated database only");
		}
	}

	/**
	 * The search index is built by the application's mass indexer at its next start-up
	 * ({@code SearchIndexing}): the generator marks it outdated.
	 */
	private static void markSearchIndexOutdated(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM search_index_state");
		}
	}

	/**
	 * What was generated.
	 *
	 * @param rows rows written per table, in the order written
	 * @param insertNanos time spent in the database's {@code INSERT} statements per table
	 */
	record Generated(Map<String, Long> rows, Map<String, Long> insertNanos) {

		/** Rows written, every table together. */
		long total() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
