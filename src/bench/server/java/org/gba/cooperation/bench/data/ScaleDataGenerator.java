package org.gba.cooperation.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.Vocabulary.Term;
import org.gba.cooperation.shared.search.SearchSource;
import org.gba.cooperation.shared.text.SearchNormalForm;
import org.jspecify.annotations.Nullable;

/**
 * Generates the scale data: organisations, people, joint labs, cross-border projects, investment
 * events and talent arrangements, with every row that the API needs to be consistent (members,
 * participants, investments, milestones, organisers, target sectors, registrations, deals, the
 * search index), into a migrated database that holds no organisation yet. Cities, sectors and
 * exchange rates are the migrations' reference data.
 *
 * <p>Deterministic: rows depend only on the scale factor and the seed (each table draws from its own
 * random stream, dates are relative to a fixed {@link #AS_OF}, IDs are given explicitly). Realistic:
 * Pareto-sized projects and events (few large, many small), log-normal amounts in the investor's
 * currency, places skewed toward Shenzhen and Guangzhou, dates from 2016 on, mostly published
 * records with some drafts.
 */
final class ScaleDataGenerator {

	/** The day statuses are decided against (which records are past, running or upcoming). */
	static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

	/** Base numbers at scale factor 1 (issue 8). */
	static final int ORGANIZATIONS = 1_000;

	static final int PEOPLE = 20_000;

	static final int JOINT_LABS = 1_000;

	static final int PROJECTS = 10_000;

	static final int INVESTMENTS = 50_000;

	static final int TALENT_ARRANGEMENTS = 100_000;

	static final int EVENTS = 1_000;

	static final int REGISTRATIONS = 20_000;

	/** Fewest organisations generated, whatever the scale factor: enough for two-jurisdiction records and registrations. */
	static final int MIN_ORGANIZATIONS = 30;

	private static final String[] JURISDICTIONS = { "GUANGDONG", "HONG_KONG", "MACAO" };

	/** Where records are: Shenzhen and Guangzhou first (by city code; others weigh 1). */
	private static final Map<String, Integer> CITY_WEIGHTS = Map.ofEntries(Map.entry("SHENZHEN", 28),
			Map.entry("GUANGZHOU", 24), Map.entry("HONG_KONG", 12), Map.entry("MACAO", 5), Map.entry("DONGGUAN", 6),
			Map.entry("FOSHAN", 6), Map.entry("ZHUHAI", 5), Map.entry("HUIZHOU", 3), Map.entry("ZHONGSHAN", 3),
			Map.entry("JIANGMEN", 2), Map.entry("ZHAOQING", 2), Map.entry("SHANTOU", 2));

	private final BulkInserter out;

	private final long seed;

	private final int organizations;

	private final int people;

	private final int labs;

	private final int projects;

	private final int investments;

	private final int arrangements;

	private final int events;

	private final int registrations;

	// Reference data, read from the database.
	private final List<Place> cities = new ArrayList<>();

	private final List<Term> sectors = new ArrayList<>();

	private final List<Long> sectorIds = new ArrayList<>();

	// What later tables refer to.
	private int[] orgJurisdiction = new int[0];

	private Term[] orgName = new Term[0];

	private Picker[] orgsOf = new Picker[3];

	private Picker anyOrg = Picker.uniform(1);

	private int[] personJurisdiction = new int[0];

	private int[] personSector = new int[0];

	private Term[] personName = new Term[0];

	private List<List<Integer>> peopleOf = List.of();

	private ScaleDataGenerator(BulkInserter out, BigDecimal scaleFactor, long seed) {
		this.out = out;
		this.seed = seed;
		this.organizations = Math.max(MIN_ORGANIZATIONS, scaled(ORGANIZATIONS, scaleFactor));
		this.people = Math.max(1, scaled(PEOPLE, scaleFactor));
		this.labs = Math.max(1, scaled(JOINT_LABS, scaleFactor));
		this.projects = Math.max(1, scaled(PROJECTS, scaleFactor));
		this.investments = scaled(INVESTMENTS, scaleFactor);
		this.arrangements = scaled(TALENT_ARRANGEMENTS, scaleFactor);
		this.events = Math.max(1, scaled(EVENTS, scaleFactor));
		this.registrations = scaled(REGISTRATIONS, scaleFactor);
	}

	static int scaled(int base, BigDecimal scaleFactor) {
		return BigDecimal.valueOf(base).multiply(scaleFactor).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
	}

	/**
	 * Generates the data through this connection (its auto-commit is turned off; it commits as it
	 * goes) and answers the rows written per table.
	 */
	static Generated generate(Connection connection, BigDecimal scaleFactor, long seed, int batchSize,
			List<SearchSource> searchSources) throws SQLException {
		requireEmpty(connection);
		connection.setAutoCommit(false);
		boolean mysql = isMySql(connection);
		List<String> deferredIndexes = List.of();
		if (mysql) {
			// As mysqldump's output does: the rows are consistent by construction, so the server need not
			// look every reference and unique key up while loading (the constraints hold again afterwards).
			sessionChecks(connection, 0);
			deferredIndexes = dropSecondaryIndexes(connection, DEFERRED_INDEX_TABLES);
		}
		try (BulkInserter out = new BulkInserter(connection, batchSize, searchSources)) {
			new ScaleDataGenerator(out, scaleFactor, seed).run(connection);
			markSearchIndexCurrent(connection);
			out.close();
			long started = System.nanoTime();
			createIndexes(connection, deferredIndexes);
			deferredIndexes = List.of();
			out.insertNanos().put(DEFERRED_KEYS, System.nanoTime() - started);
			return new Generated(out.counts(), out.insertNanos());
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			if (mysql) {
				createIndexes(connection, deferredIndexes);
				sessionChecks(connection, 1);
			}
		}
	}

	/**
	 * The search index's tables take most of the rows, and their look-up keys are inserted in random
	 * order: on MySQL/MariaDB their secondary indexes are dropped while loading and built again, sorted,
	 * afterwards (about ten times faster once they outgrow the buffer pool).
	 */
	private static final List<String> DEFERRED_INDEX_TABLES = List.of("search_token", "search_text");

	/** The entry of {@link Generated#insertNanos()} that times building the deferred indexes again. */
	static final String DEFERRED_KEYS = "(deferred index keys)";

	/** Drops the secondary indexes of the tables and answers the statements that create them again. */
	private static List<String> dropSecondaryIndexes(Connection connection, List<String> tables) throws SQLException {
		Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
		Map<String, String> tableOf = new java.util.HashMap<>();
		Map<String, Boolean> unique = new java.util.HashMap<>();
		try (java.sql.PreparedStatement select = connection.prepareStatement(
				"SELECT table_name, index_name, column_name, non_unique FROM information_schema.statistics "
						+ "WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> 'PRIMARY' "
						+ "ORDER BY index_name, seq_in_index")) {
			for (String table : tables) {
				select.setString(1, table);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String index = rows.getString(2);
						tableOf.put(index, table);
						unique.put(index, rows.getInt(4) == 0);
						columns.computeIfAbsent(index, (name) -> new ArrayList<>()).add(rows.getString(3));
					}
				}
			}
		}
		List<String> creates = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, List<String>> index : columns.entrySet()) {
				String table = tableOf.get(index.getKey());
				creates.add("CREATE " + (unique.get(index.getKey()) ? "UNIQUE " : "") + "INDEX " + index.getKey() + " ON "
						+ table + " (" + String.join(", ", index.getValue()) + ")");
				statement.execute("DROP INDEX " + index.getKey() + " ON " + table);
			}
		}
		return creates;
	}

	private static void createIndexes(Connection connection, List<String> creates) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String create : creates) {
				statement.execute(create);
			}
		}
	}

	private static boolean isMySql(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		return product.contains("mysql") || product.contains("mariadb");
	}

	private static void sessionChecks(Connection connection, int on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION foreign_key_checks = " + on + ", unique_checks = " + on);
		}
	}

	/** Whether the database holds no organisation yet (the generator writes only into such a one). */
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

	/** The index was written with the rows, so the application's start-up rebuild has nothing to do. */
	private static void markSearchIndexCurrent(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM search_index_state");
			statement.executeUpdate("INSERT INTO search_index_state (id, normal_form_version) VALUES (1, "
					+ SearchNormalForm.VERSION + ")");
		}
	}

	private void run(Connection connection) throws SQLException {
		readReferenceData(connection);
		organizations();
		people();
		jointLabs();
		projects();
		events();
		talentArrangements();
	}

	private void readReferenceData(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id, code, jurisdiction, name_zh_hant, name_zh_hans, name_en FROM city ORDER BY id")) {
			while (rows.next()) {
				this.cities.add(new Place(rows.getLong(1), rows.getString(2),
						Arrays.asList(JURISDICTIONS).indexOf(rows.getString(3)),
						new Term(rows.getString(4), rows.getString(5), rows.getString(6))));
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id, name_zh_hant, name_zh_hans, name_en FROM sector ORDER BY id")) {
			while (rows.next()) {
				this.sectorIds.add(rows.getLong(1));
				this.sectors.add(new Term(rows.getString(2), rows.getString(3), rows.getString(4)));
			}
		}
		if (this.cities.isEmpty() || this.sectors.isEmpty()) {
			throw new IllegalStateException("No cities or sectors: run the migrations (V2 reference data) first");
		}
	}

	private SplittableRandom random(int table) {
		return new SplittableRandom(this.seed * 1_000_003L + table);
	}

	// --- organisations and people ---------------------------------------------------------------

	private void organizations() throws SQLException {
		SplittableRandom random = random(1);
		int n = this.organizations;
		this.orgJurisdiction = new int[n + 1];
		this.orgName = new Term[n + 1];
		double[] weight = new double[n + 1];
		Picker jurisdictions = Picker.weighted(new double[] { 60, 28, 12 });
		Picker[] cityIn = new Picker[3];
		for (int j = 0; j < 3; j++) {
			int jurisdiction = j;
			cityIn[j] = Picker.weighted(this.cities.stream()
				.mapToDouble((city) -> (city.jurisdiction() == jurisdiction) ? cityWeight(city) : 0)
				.toArray());
		}
		Picker kinds = Picker.weighted(new double[] { 15, 50, 20, 8, 7 });
		try (BulkInserter.Table table = this.out.table("organization", "id", "kind", "jurisdiction", "city_id",
				"sector_id", "chain_leader", "abbreviation", "website", "name_zh_hant", "name_zh_hans", "name_en",
				"name_pt", "name_machine", "version", "created_at", "updated_at")) {
			for (int id = 1; id <= n; id++) {
				// The first three are one of each jurisdiction, so that small scale factors still cross borders.
				int jurisdiction = (id <= 3) ? id - 1 : jurisdictions.pick(random);
				Place city = this.cities.get(cityIn[jurisdiction].pick(random));
				int kind = kinds.pick(random);
				Term brand = pick(Vocabulary.BRANDS, random);
				Term brand2 = pick(Vocabulary.BRANDS, random);
				Term suffix = pick(Vocabulary.ORGANIZATION_KINDS.get(kind), random);
				Term name = new Term(city.name().hant() + brand.hant() + brand2.hant() + suffix.hant(),
						city.name().hans() + brand.hans() + brand2.hans() + suffix.hans(),
						city.name().en() + " " + brand.en() + " " + brand2.en() + " " + suffix.en());
				this.orgJurisdiction[id] = jurisdiction;
				this.orgName[id] = name;
				weight[id] = pareto(random, 1.2, 300);
				boolean enterprise = kind == 1;
				String abbreviation = initials(name.en()) + id;
				int sector = random.nextInt(this.sectorIds.size());
				LocalDate created = day(random, FIRST_DAY, AS_OF, false);
				table.add((long) id, Vocabulary.ORGANIZATION_KIND_CODES.get(kind), JURISDICTIONS[jurisdiction],
						city.id(), (kind == 3) ? null : this.sectorIds.get(sector), enterprise && random.nextInt(20) == 0,
						abbreviation, "https://" + abbreviation.toLowerCase() + ".example.org", name.hant(), name.hans(),
						name.en(), (jurisdiction == 2) ? name.en() : null, machineMark(random, jurisdiction), 0L,
						stamp(created), stamp(created));
			}
		}
		for (int j = 0; j < 3; j++) {
			double[] of = new double[n + 1];
			for (int id = 1; id <= n; id++) {
				of[id] = (this.orgJurisdiction[id] == j) ? weight[id] : 0;
			}
			this.orgsOf[j] = Picker.weighted(of);
		}
		this.anyOrg = Picker.weighted(weight);
	}

	private void people() throws SQLException {
		SplittableRandom random = random(2);
		int n = this.people;
		this.personJurisdiction = new int[n + 1];
		this.personSector = new int[n + 1];
		this.personName = new Term[n + 1];
		this.peopleOf = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		try (BulkInserter.Table table = this.out.table("person", "id", "home_jurisdiction", "affiliation_id",
				"expertise_sector_id", "name_zh_hant", "name_zh_hans", "name_en", "name_pt", "name_machine", "title_en",
				"email", "phone", "version", "created_at", "updated_at")) {
			for (int id = 1; id <= n; id++) {
				Long affiliation = (random.nextInt(10) == 0) ? null : (long) this.anyOrg.pick(random);
				int jurisdiction = (affiliation != null && random.nextInt(10) > 0)
						? this.orgJurisdiction[affiliation.intValue()] : random.nextInt(3);
				Term surname = pick(Vocabulary.SURNAMES, random);
				Term given = pick(Vocabulary.GIVEN_NAMES, random);
				String en = (jurisdiction == 0) ? surname.en() + " " + given.en()
						: surname.cantonese() + " " + given.cantonese();
				Term name = new Term(surname.hant() + given.hant(), surname.hans() + given.hans(), en);
				int sector = random.nextInt(this.sectorIds.size());
				this.personJurisdiction[id] = jurisdiction;
				this.personSector[id] = sector;
				this.personName[id] = name;
				this.peopleOf.get(jurisdiction).add(id);
				String email = en.toLowerCase().replace(' ', '.') + "." + id + "@example.org";
				LocalDate created = day(random, FIRST_DAY, AS_OF, false);
				table.add((long) id, JURISDICTIONS[jurisdiction], affiliation, this.sectorIds.get(sector), name.hant(),
						name.hans(), name.en(), (jurisdiction == 2) ? name.en() : null,
						machineMark(random, jurisdiction), pick(Vocabulary.TITLES, random), email,
						phone(random, jurisdiction), 0L, stamp(created), stamp(created));
			}
		}
	}

	// --- joint labs -----------------------------------------------------------------------------

	private void jointLabs() throws SQLException {
		SplittableRandom random = random(3);
		Picker cities = cityPicker();
		int n = this.labs;
		List<int[]> members = new ArrayList<>(n + 1);
		members.add(new int[0]);
		LocalDate[] starts = new LocalDate[n + 1];
		try (BulkInserter.Table table = this.out.table("joint_lab", "id", "sector_id", "host_city_id", "status",
				"start_date", "end_date", "name_zh_hant", "name_zh_hans", "name_en", "name_pt", "name_machine",
				"description_zh_hant", "description_zh_hans", "description_en", "description_pt",
				"description_machine", "version", "created_at", "updated_at")) {
			for (int id = 1; id <= n; id++) {
				Place city = this.cities.get(cities.pick(random));
				int[] organizations = crossBorderGroup(random, city.jurisdiction(), 2 + random.nextInt(4));
				members.add(organizations);
				int sector = random.nextInt(this.sectors.size());
				LocalDate start = day(random, LocalDate.of(2017, 1, 1), LocalDate.of(2027, 12, 31), true);
				starts[id] = start;
				String status;
				LocalDate end = null;
				if (start.isAfter(AS_OF)) {
					status = "PLANNED";
				}
				else if (start.isAfter(AS_OF.minusYears(2))) {
					status = choose(random, new String[] { "PLANNED", "UNDER_CONSTRUCTION", "OPERATING" }, 5, 40, 55);
				}
				else {
					status = choose(random, new String[] { "UNDER_CONSTRUCTION", "OPERATING", "CLOSED" }, 2, 88, 10);
					if (status.equals("CLOSED")) {
						end = min(start.plusYears(3 + random.nextInt(6)), AS_OF.minusDays(1 + random.nextInt(30)));
					}
				}
				Term pair = jurisdictionsOf(organizations);
				Term brand = pick(Vocabulary.BRANDS, random);
				Term field = this.sectors.get(sector);
				Term name = new Term(pair.hant() + brand.hant() + field.hant() + "聯合實驗室",
						pair.hans() + brand.hans() + field.hans() + "联合实验室",
						pair.en() + " " + brand.en() + " Joint Laboratory of " + field.en());
				Term lead = this.orgName[organizations[0]];
				Term description = new Term(
						"由" + lead.hant() + "牽頭，聯合" + organizations.length + "家機構開展" + field.hant() + "基礎與應用研究。",
						"由" + lead.hans() + "牵头，联合" + organizations.length + "家机构开展" + field.hans() + "基础与应用研究。",
						"Led by " + lead.en() + " with " + (organizations.length - 1) + " partner institutions: basic and applied research in "
								+ field.en() + ".");
				table.add((long) id, this.sectorIds.get(sector), city.id(), status, start, end, name.hant(), name.hans(),
						name.en(), null, null, description.hant(), description.hans(), description.en(), null, null, 0L,
						stamp(start.minusDays(90)), stamp(start.minusDays(90)));
			}
		}
		long memberId = 1;
		try (BulkInserter.Table table = this.out.table("joint_lab_member", "id", "joint_lab_id", "organization_id",
				"role", "joined_on", "version", "created_at", "updated_at")) {
			for (int lab = 1; lab <= n; lab++) {
				int[] organizations = members.get(lab);
				for (int i = 0; i < organizations.length; i++) {
					LocalDate joined = (i < 2) ? starts[lab] : starts[lab].plusDays(random.nextInt(700));
					table.add(memberId++, (long) lab, (long) organizations[i], (i == 0) ? "LEAD" : "PARTNER", joined, 0L,
							stamp(joined), stamp(joined));
				}
			}
		}
	}

	// --- cross-border projects ------------------------------------------------------------------

	private void projects() throws SQLException {
		SplittableRandom random = random(4);
		Picker cities = cityPicker();
		int n = this.projects;
		List<int[]> participants = new ArrayList<>(n + 1);
		participants.add(new int[0]);
		LocalDate[] starts = new LocalDate[n + 1];
		String[] statuses = new String[n + 1];
		double[] size = new double[n + 1];
		double totalSize = 0;
		try (BulkInserter.Table table = this.out.table("cross_border_project", "id", "sector_id", "city_id", "status",
				"start_date", "end_date", "name_zh_hant", "name_zh_hans", "name_en", "name_pt", "name_machine",
				"description_zh_hant", "description_zh_hans", "description_en", "description_pt",
				"description_machine", "version", "created_at", "updated_at")) {
			for (int id = 1; id <= n; id++) {
				Place city = this.cities.get(cities.pick(random));
				int[] organizations = crossBorderGroup(random, city.jurisdiction(), 2 + random.nextInt(5));
				participants.add(organizations);
				size[id] = pareto(random, 1.3, 400);
				totalSize += size[id];
				int sector = random.nextInt(this.sectors.size());
				LocalDate start = day(random, FIRST_DAY, LocalDate.of(2026, 12, 31), true);
				String status;
				LocalDate end = null;
				if (start.isAfter(AS_OF)) {
					status = choose(random, new String[] { "PROPOSED", "APPROVED" }, 50, 50);
				}
				else {
					status = choose(random, new String[] { "PROPOSED", "APPROVED", "IN_PROGRESS", "COMPLETED", "SUSPENDED",
							"CANCELLED" }, 6, 10, 55, 20, 4, 5);
					if (status.equals("COMPLETED") || status.equals("CANCELLED")) {
						end = min(start.plusDays(180 + random.nextInt(1620)), AS_OF.minusDays(1 + random.nextInt(30)));
						if (end.isBefore(start)) {
							end = start;
						}
					}
				}
				starts[id] = start;
				statuses[id] = status;
				Term brand = pick(Vocabulary.BRANDS, random);
				Term field = this.sectors.get(sector);
				Term kind = pick(Vocabulary.PROJECT_KINDS, random);
				Term name = new Term(city.name().hant() + brand.hant() + field.hant() + kind.hant(),
						city.name().hans() + brand.hans() + field.hans() + kind.hans(),
						city.name().en() + " " + brand.en() + " " + field.en() + " " + kind.en());
				Term description = new Term("粵港澳產業鏈合作：" + field.hant() + "領域，" + organizations.length + "家機構參與。",
						"粤港澳产业链合作：" + field.hans() + "领域，" + organizations.length + "家机构参与。",
						"Industry-chain cooperation in " + field.en() + " among " + organizations.length + " organisations.");
				table.add((long) id, this.sectorIds.get(sector), city.id(), status, start, end, name.hant(), name.hans(),
						name.en(), null, machineMark(random, city.jurisdiction()), description.hant(), description.hans(),
						description.en(), null, null, 0L, stamp(start.minusDays(60)), stamp(start.minusDays(60)));
			}
		}
		long participantId = 1;
		try (BulkInserter.Table table = this.out.table("project_participant", "id", "project_id", "organization_id",
				"role", "joined_on", "version", "created_at", "updated_at")) {
			for (int project = 1; project <= n; project++) {
				int[] organizations = participants.get(project);
				for (int i = 0; i < organizations.length; i++) {
					String role = (i == 0) ? "LEAD"
							: choose(random, new String[] { "PARTNER", "INVESTOR", "INSURER" }, 75, 20, 5);
					table.add(participantId++, (long) project, (long) organizations[i], role, starts[project], 0L,
							stamp(starts[project]), stamp(starts[project]));
				}
			}
		}
		long investmentId = 1;
		Picker investmentKinds = Picker.weighted(new double[] { 45, 20, 25, 10 });
		String[] kinds = { "EQUITY", "GRANT", "LOAN", "RD_INSURANCE" };
		try (BulkInserter.Table table = this.out.table("project_investment", "id", "project_id", "investor_id", "kind",
				"amount", "currency", "committed_on", "version", "created_at", "updated_at")) {
			for (int project = 1; project <= n; project++) {
				int count = stochasticRound(random, this.investments * size[project] / totalSize);
				int[] organizations = participants.get(project);
				for (int i = 0; i < count; i++) {
					String kind = kinds[investmentKinds.pick(random)];
					Integer investor = (kind.equals("GRANT") && random.nextBoolean()) ? null
							: organizations[random.nextInt(organizations.length)];
					int jurisdiction = (investor == null) ? 0 : this.orgJurisdiction[investor];
					String currency = currency(random, jurisdiction);
					double cny = logNormal(random, Math.log(3_000_000), 1.2) * Math.pow(size[project], 0.7);
					LocalDate committed = min(starts[project].plusDays(random.nextInt(720)), LocalDate.of(2026, 12, 31));
					table.add(investmentId++, (long) project, (investor == null) ? null : (long) investor, kind,
							amount(cny, currency), currency, committed, 0L, stamp(committed), stamp(committed));
				}
			}
		}
		long milestoneId = 1;
		try (BulkInserter.Table table = this.out.table("project_milestone", "id", "project_id", "due_on",
				"completed_on", "title_zh_hant", "title_zh_hans", "title_en", "title_pt", "title_machine", "version",
				"created_at", "updated_at")) {
			for (int project = 1; project <= n; project++) {
				int count = 1 + random.nextInt(3) + random.nextInt(3);
				LocalDate due = starts[project];
				boolean running = !statuses[project].equals("PROPOSED") && !statuses[project].equals("CANCELLED");
				for (int i = 0; i < count; i++) {
					due = due.plusDays(60 + random.nextInt(240));
					LocalDate completed = (running && due.isBefore(AS_OF) && random.nextInt(100) < 85)
							? min(due.plusDays(random.nextInt(61) - 30), AS_OF.minusDays(1)) : null;
					Term title = Vocabulary.MILESTONES.get(Math.min(i + random.nextInt(2), Vocabulary.MILESTONES.size() - 1));
					table.add(milestoneId++, (long) project, due, completed, title.hant(), title.hans(), title.en(), null,
							null, 0L, stamp(starts[project]), stamp(starts[project]));
				}
			}
		}
	}

	// --- investment events ----------------------------------------------------------------------

	private void events() throws SQLException {
		SplittableRandom random = random(5);
		Picker cities = cityPicker();
		Picker kinds = Picker.weighted(new double[] { 20, 15, 10, 35, 20 });
		int n = this.events;
		LocalDate[] starts = new LocalDate[n + 1];
		LocalDate[] ends = new LocalDate[n + 1];
		LocalDate[] closes = new LocalDate[n + 1];
		String[] statuses = new String[n + 1];
		double[] size = new double[n + 1];
		List<int[]> eventSectors = new ArrayList<>(n + 1);
		eventSectors.add(new int[0]);
		try (BulkInserter.Table table = this.out.table("investment_event", "id", "kind", "status", "city_id",
				"starts_on", "ends_on", "registration_closes_on", "capacity", "edition", "name_zh_hant",
				"name_zh_hans", "name_en", "name_pt", "name_machine", "venue_zh_hant", "venue_zh_hans", "venue_en",
				"venue_pt", "venue_machine", "description_zh_hant", "description_zh_hans", "description_en",
				"description_pt", "description_machine", "version", "created_at", "updated_at")) {
			for (int id = 1; id <= n; id++) {
				int kind = kinds.pick(random);
				Place city = this.cities.get(cities.pick(random));
				LocalDate start = day(random, FIRST_DAY, LocalDate.of(2027, 12, 31), true);
				LocalDate end = start.plusDays((kind == 1 || kind == 2) ? 2 + random.nextInt(4) : random.nextInt(2));
				LocalDate closesOn = start.minusDays(3 + random.nextInt(28));
				String status;
				if (start.isAfter(AS_OF)) {
					status = choose(random, new String[] { "PUBLISHED", "DRAFT", "CANCELLED" }, 78, 20, 2);
				}
				else if (start.isAfter(AS_OF.minusDays(330))) {
					status = choose(random, new String[] { "PUBLISHED", "COMPLETED", "CANCELLED", "DRAFT" }, 75, 18, 5, 2);
				}
				else {
					status = choose(random, new String[] { "COMPLETED", "CANCELLED", "PUBLISHED" }, 90, 5, 5);
				}
				starts[id] = start;
				ends[id] = end;
				closes[id] = closesOn;
				statuses[id] = status;
				size[id] = status.equals("DRAFT") ? 0 : pareto(random, 1.3, 200);
				int[] sectors = distinct(random, 1 + random.nextInt(3), this.sectors.size());
				eventSectors.add(sectors);
				Term field = this.sectors.get(sectors[0]);
				Term kindName = Vocabulary.EVENT_KINDS.get(kind);
				Term venue = pick(Vocabulary.VENUES, random);
				int capacity = (int) Math.min(20_000, Math.round(logNormal(random, Math.log(400), 0.8)));
				Integer edition = (kind <= 2) ? start.getYear() - 2015 + random.nextInt(3) : null;
				String year = String.valueOf(start.getYear());
				Term name = new Term(year + city.name().hant() + field.hant() + kindName.hant(),
						year + city.name().hans() + field.hans() + kindName.hans(),
						year + " " + city.name().en() + " " + field.en() + " " + kindName.en());
				Term description = new Term("推介粵港澳大灣區" + field.hant() + "產業合作機遇，誠邀跨國企業設立地區總部。",
						"推介粤港澳大湾区" + field.hans() + "产业合作机遇，诚邀跨国企业设立地区总部。",
						"Presents Greater Bay Area cooperation opportunities in " + field.en()
								+ "; multinationals are invited to set up regional headquarters.");
				table.add((long) id, Vocabulary.EVENT_KIND_CODES.get(kind), status, city.id(), start, end, closesOn,
						capacity, edition, name.hant(), name.hans(), name.en(), null, null,
						city.name().hant() + venue.hant(), city.name().hans() + venue.hans(),
						city.name().en() + " " + venue.en(), null, null, description.hant(), description.hans(),
						description.en(), null, null, 0L, stamp(start.minusDays(120)), stamp(start.minusDays(120)));
			}
		}
		long sectorRowId = 1;
		try (BulkInserter.Table table = this.out.table("event_sector", "id", "event_id", "sector_id")) {
			for (int event = 1; event <= n; event++) {
				for (int sector : eventSectors.get(event)) {
					table.add(sectorRowId++, (long) event, this.sectorIds.get(sector));
				}
			}
		}
		long organizerId = 1;
		try (BulkInserter.Table table = this.out.table("event_organizer", "id", "event_id", "organization_id", "role",
				"version", "created_at", "updated_at")) {
			for (int event = 1; event <= n; event++) {
				int[] organizers = distinctOrganizations(random, 1 + random.nextInt(3));
				for (int i = 0; i < organizers.length; i++) {
					String role = (i == 0) ? "HOST" : choose(random, new String[] { "CO_HOST", "SUPPORTER" }, 50, 50);
					table.add(organizerId++, (long) event, (long) organizers[i], role, 0L,
							stamp(starts[event].minusDays(120)), stamp(starts[event].minusDays(120)));
				}
			}
		}
		double totalSize = Arrays.stream(size).sum();
		List<int[]> registered = new ArrayList<>(n + 1);
		registered.add(new int[0]);
		long registrationId = 1;
		try (BulkInserter.Table table = this.out.table("event_registration", "id", "event_id", "organization_id",
				"status", "registered_at", "version", "created_at", "updated_at")) {
			for (int event = 1; event <= n; event++) {
				int count = (totalSize == 0) ? 0 : Math.min(this.organizations,
						stochasticRound(random, this.registrations * size[event] / totalSize));
				int[] organizations = distinctOrganizations(random, count);
				registered.add(organizations);
				for (int organization : organizations) {
					LocalDateTime at = closes[event].minusDays(random.nextInt(60))
						.atTime(8 + random.nextInt(12), random.nextInt(60));
					table.add(registrationId++, (long) event, (long) organization,
							(random.nextInt(10) == 0) ? "WITHDRAWN" : "REGISTERED", at, 0L, at, at);
				}
			}
		}
		long dealId = 1;
		double dealSize = 0;
		for (int event = 1; event <= n; event++) {
			if (hasDeals(statuses[event], starts[event])) {
				dealSize += size[event];
			}
		}
		int deals = 5 * n;
		try (BulkInserter.Table table = this.out.table("event_deal", "id", "event_id", "investor_id", "partner_id",
				"sector_id", "amount", "currency", "signed_on", "title_zh_hant", "title_zh_hans", "title_en", "title_pt",
				"title_machine", "version", "created_at", "updated_at")) {
			for (int event = 1; event <= n; event++) {
				if (!hasDeals(statuses[event], starts[event])) {
					continue;
				}
				int count = stochasticRound(random, deals * size[event] / dealSize);
				int[] organizations = registered.get(event);
				for (int i = 0; i < count; i++) {
					int investor = (organizations.length > 0 && random.nextInt(4) > 0)
							? organizations[random.nextInt(organizations.length)] : this.anyOrg.pick(random);
					int otherSide = (this.orgJurisdiction[investor] + 1 + random.nextInt(2)) % 3;
					Long partner = (random.nextInt(10) < 6) ? (long) this.orgsOf[otherSide].pick(random) : null;
					int[] sectors = eventSectors.get(event);
					int sector = sectors[random.nextInt(sectors.length)];
					String currency = currency(random, this.orgJurisdiction[investor]);
					double cny = logNormal(random, Math.log(50_000_000), 1.3);
					LocalDate signed = starts[event]
						.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(starts[event], ends[event]) + 1));
					Term field = this.sectors.get(sector);
					Term investorName = this.orgName[investor];
					Term title = new Term(investorName.hant() + field.hant() + "投資協議",
							investorName.hans() + field.hans() + "投资协议",
							investorName.en() + ": " + field.en() + " investment agreement");
					table.add(dealId++, (long) event, (long) investor, partner, this.sectorIds.get(sector),
							amount(cny, currency), currency, signed, title.hant(), title.hans(), title.en(), null, null,
							0L, stamp(signed), stamp(signed));
				}
			}
		}
	}

	private static boolean hasDeals(String status, LocalDate start) {
		return (status.equals("PUBLISHED") || status.equals("COMPLETED")) && !start.isAfter(AS_OF);
	}

	// --- talent arrangements --------------------------------------------------------------------

	private void talentArrangements() throws SQLException {
		SplittableRandom random = random(6);
		Picker modes = Picker.weighted(new double[] { 30, 10, 20, 15, 15, 10 });
		Picker categories = Picker.weighted(new double[] { 2, 8, 25, 25, 20, 5, 15 });
		Picker personJurisdictions = Picker.weighted(new double[] { 40, 45, 15 });
		try (BulkInserter.Table table = this.out.table("talent_arrangement", "id", "person_id",
				"host_organization_id", "joint_lab_id", "project_id", "mode", "category", "status", "start_date",
				"end_date", "description_zh_hant", "description_zh_hans", "description_en", "description_pt",
				"description_machine", "version", "created_at", "updated_at")) {
			for (int id = 1; id <= this.arrangements; id++) {
				int person = person(random, personJurisdictions.pick(random));
				int jurisdiction = this.personJurisdiction[person];
				// Talent is mostly used across a border: 不求所有，但求所用.
				int hostJurisdiction = (random.nextInt(4) > 0) ? (jurisdiction + 1 + random.nextInt(2)) % 3 : jurisdiction;
				if (jurisdiction != 0 && hostJurisdiction != 0 && random.nextInt(3) > 0) {
					hostJurisdiction = 0;
				}
				int host = this.orgsOf[hostJurisdiction].pick(random);
				Long lab = (random.nextInt(5) == 0) ? 1L + random.nextInt(this.labs) : null;
				Long project = (random.nextInt(7) == 0) ? 1L + random.nextInt(this.projects) : null;
				int mode = modes.pick(random);
				LocalDate start = day(random, FIRST_DAY, LocalDate.of(2026, 12, 31), true);
				LocalDate end = (random.nextInt(7) == 0) ? null : start.plusMonths(3 + random.nextInt(34));
				String status;
				if (start.isAfter(AS_OF)) {
					status = "PROPOSED";
				}
				else if (end != null && end.isBefore(AS_OF)) {
					status = choose(random, new String[] { "ENDED", "CANCELLED" }, 92, 8);
				}
				else {
					status = choose(random, new String[] { "ACTIVE", "PROPOSED" }, 93, 7);
				}
				Term modeName = Vocabulary.TALENT_MODE_NAMES.get(mode);
				Term field = this.sectors.get(this.personSector[person]);
				Term hostName = this.orgName[host];
				Term description = new Term(modeName.hant() + "：於" + hostName.hant() + "參與" + field.hant() + "研發。",
						modeName.hans() + "：于" + hostName.hans() + "参与" + field.hans() + "研发。",
						modeName.en() + " at " + hostName.en() + " in " + field.en() + " research and development.");
				table.add((long) id, (long) person, (long) host, lab, project, Vocabulary.TALENT_MODES.get(mode),
						Vocabulary.TALENT_CATEGORIES.get(categories.pick(random)), status, start, end,
						description.hant(), description.hans(), description.en(), null, null, 0L,
						stamp(start.minusDays(30)), stamp(start.minusDays(30)));
			}
		}
	}

	private int person(SplittableRandom random, int jurisdiction) {
		List<Integer> of = this.peopleOf.get(jurisdiction);
		return of.isEmpty() ? 1 + random.nextInt(this.people) : of.get(random.nextInt(of.size()));
	}

	// --- helpers --------------------------------------------------------------------------------

	/** A lead of this jurisdiction and others, at least one of another jurisdiction, all distinct. */
	private int[] crossBorderGroup(SplittableRandom random, int leadJurisdiction, int size) {
		Set<Integer> group = new LinkedHashSet<>();
		group.add(this.orgsOf[leadJurisdiction].pick(random));
		group.add(this.orgsOf[(leadJurisdiction + 1 + random.nextInt(2)) % 3].pick(random));
		for (int attempt = 0; group.size() < size && attempt < size * 4; attempt++) {
			group.add(this.anyOrg.pick(random));
		}
		return group.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Up to {@code count} distinct organisations, larger ones more often. */
	private int[] distinctOrganizations(SplittableRandom random, int count) {
		Set<Integer> chosen = new LinkedHashSet<>();
		for (int attempt = 0; chosen.size() < count && attempt < count * 4; attempt++) {
			chosen.add(this.anyOrg.pick(random));
		}
		for (int id = 1; chosen.size() < count && id <= this.organizations; id++) {
			chosen.add(id);
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int[] distinct(SplittableRandom random, int count, int bound) {
		Set<Integer> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(count, bound)) {
			chosen.add(random.nextInt(bound));
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	private Term jurisdictionsOf(int[] organizations) {
		boolean[] present = new boolean[3];
		for (int organization : organizations) {
			present[this.orgJurisdiction[organization]] = true;
		}
		if (present[0] && present[1] && present[2]) {
			return new Term("粵港澳", "粤港澳", "Guangdong–Hong Kong–Macao");
		}
		if (present[0] && present[2]) {
			return new Term("粵澳", "粤澳", "Guangdong–Macao");
		}
		if (present[1] && present[2]) {
			return new Term("港澳", "港澳", "Hong Kong–Macao");
		}
		return new Term("粵港", "粤港", "Guangdong–Hong Kong");
	}

	private Picker cityPicker() {
		return Picker.weighted(this.cities.stream().mapToDouble(ScaleDataGenerator::cityWeight).toArray());
	}

	private static double cityWeight(Place city) {
		return CITY_WEIGHTS.getOrDefault(city.code(), 1);
	}

	/** A day between the two, uniformly or (growing) more often toward the later one. */
	private static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to, boolean growing) {
		long days = ChronoUnit.DAYS.between(from, to);
		double u = random.nextDouble();
		return from.plusDays((long) (days * (growing ? Math.sqrt(u) : u)));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDateTime stamp(LocalDate day) {
		return day.atTime(9, 30);
	}

	/** Hong Kong and Macao partners sometimes write Traditional Chinese only: the Simplified is then marked converted. */
	private static @Nullable String machineMark(SplittableRandom random, int jurisdiction) {
		return (jurisdiction != 0 && random.nextInt(10) == 0) ? "ZH_HANS" : null;
	}

	private static String currency(SplittableRandom random, int jurisdiction) {
		return switch (jurisdiction) {
			case 0 -> choose(random, new String[] { "CNY", "USD" }, 90, 10);
			case 1 -> choose(random, new String[] { "HKD", "USD", "CNY" }, 75, 20, 5);
			default -> choose(random, new String[] { "MOP", "HKD" }, 70, 30);
		};
	}

	/** An amount worth about {@code cny} yuan in the currency, in whole thousands, at least 10,000. */
	private static BigDecimal amount(double cny, String currency) {
		double perYuan = switch (currency) {
			case "HKD" -> 1.1;
			case "MOP" -> 1.13;
			case "USD" -> 0.14;
			default -> 1.0;
		};
		long thousands = Math.max(10, Math.min(1_000_000_000_000L, Math.round(cny * perYuan / 1000)));
		return BigDecimal.valueOf(thousands * 1000).setScale(2);
	}

	private static String phone(SplittableRandom random, int jurisdiction) {
		return switch (jurisdiction) {
			case 0 -> "+86 13" + random.nextInt(10) + " " + (1000 + random.nextInt(9000)) + " " + (1000 + random.nextInt(9000));
			case 1 -> "+852 5" + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
			default -> "+853 6" + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
		};
	}

	private static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[ ,.]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && initials.length() < 6) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	private static double pareto(SplittableRandom random, double alpha, double cap) {
		return Math.min(cap, 1 / Math.pow(1 - random.nextDouble(), 1 / alpha));
	}

	private static double logNormal(SplittableRandom random, double mu, double sigma) {
		return Math.exp(mu + sigma * random.nextGaussian());
	}

	private static int stochasticRound(SplittableRandom random, double x) {
		int floor = (int) Math.floor(x);
		return floor + ((random.nextDouble() < x - floor) ? 1 : 0);
	}

	private static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String choose(SplittableRandom random, String[] values, int... weights) {
		int total = Arrays.stream(weights).sum();
		int r = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
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

	/** A city of the reference data. */
	private record Place(long id, String code, int jurisdiction, Term name) {
	}

	/** Draws indices by weight (cumulative weights and a binary search). */
	private static final class Picker {

		private final double[] cumulative;

		private Picker(double[] cumulative) {
			this.cumulative = cumulative;
		}

		static Picker weighted(double[] weights) {
			double[] cumulative = new double[weights.length];
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				sum += weights[i];
				cumulative[i] = sum;
			}
			if (sum <= 0) {
				throw new IllegalStateException("Nothing to pick from");
			}
			return new Picker(cumulative);
		}

		static Picker uniform(int size) {
			double[] weights = new double[size];
			Arrays.fill(weights, 1);
			return weighted(weights);
		}

		int pick(SplittableRandom random) {
			// The first index whose cumulative weight exceeds r: never one of weight 0.
			double r = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
			int low = 0;
			int high = this.cumulative.length - 1;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.cumulative[middle] > r) {
					high = middle;
				}
				else {
					low = middle + 1;
				}
			}
			return low;
		}

	}

}
