package org.gba.cooperation.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.gba.cooperation.labs.JointLabMemberRole;
import org.gba.cooperation.projects.ParticipantRole;
import org.gba.cooperation.shared.CurrencyCode;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.Jurisdiction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "partner dashboard" ({@code bench/partner-dashboard.graphql}) written by hand:
 * plain JDBC and a streaming JSON writer, the fastest code that returns the same
 * {@code data} as the GraphQL request of an anonymous caller, in English. It is what
 * GraphQL is measured against, nothing else uses it, and it exists only in the
 * benchmark's application (profile {@code bench}).
 * <p>
 * Eight statements whatever the data: the three totals at once, then per list its page
 * (with the city joined), and its children for the page's IDs at once (members,
 * participants, investment sums per currency, registration counts). The access rules are
 * those of {@code security/AccessPolicy} for an anonymous caller, written in SQL: labs
 * OPERATING or CLOSED, projects APPROVED, IN_PROGRESS, SUSPENDED or COMPLETED, events
 * PUBLISHED, CANCELLED or COMPLETED (the dashboard asks for PUBLISHED ones), none
 * archived; organisations and cities open, and a member or participant shown even once
 * archived (as {@code AccessRules.referable} has it); investments visible with their
 * project. A second statement of the rules, on purpose (the baseline is what the API's
 * own machinery is measured against): PartnerDashboardBaselineIT keeps the two equal,
 * byte for byte, on the demo data and on a seeded variant with every status and archived
 * records.
 */
@Component
@Profile(BenchApplication.PROFILE)
public class PartnerDashboardBaseline {

	/** The size of each list, as the document's {@code first: 20}. */
	static final int PAGE_SIZE = 20;

	// Anonymous callers see these statuses (AccessPolicy.PUBLIC_*_STATUSES), never an
	// archived record.
	private static final String VISIBLE_LABS = "l.status IN ('OPERATING', 'CLOSED') AND l.archived_at IS NULL";

	private static final String VISIBLE_PROJECTS = "p.status IN ('APPROVED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED')"
			+ " AND p.archived_at IS NULL";

	// PUBLISHED, CANCELLED or COMPLETED and not archived, and (the dashboard's filter)
	// PUBLISHED from the date on.
	private static final String UPCOMING_EVENTS = "e.status = 'PUBLISHED' AND e.archived_at IS NULL AND e.starts_on >= ?";

	private static final String TOTALS = "SELECT (SELECT COUNT(*) FROM joint_lab l WHERE " + VISIBLE_LABS + "), "
			+ "(SELECT COUNT(*) FROM cross_border_project p WHERE " + VISIBLE_PROJECTS + "), "
			+ "(SELECT COUNT(*) FROM investment_event e WHERE " + UPCOMING_EVENTS + ")";

	private static final String LABS = "SELECT l.id, l.name_en, l.status, l.start_date, l.end_date, c.name_en"
			+ " FROM joint_lab l JOIN city c ON c.id = l.host_city_id WHERE " + VISIBLE_LABS
			+ " ORDER BY l.name_sort_en, l.id LIMIT " + PAGE_SIZE;

	private static final String MEMBERS = "SELECT m.joint_lab_id, m.role, m.joined_on, o.id, o.name_en,"
			+ " o.jurisdiction FROM joint_lab_member m JOIN organization o ON o.id = m.organization_id"
			+ " WHERE m.joint_lab_id IN (%s) ORDER BY m.joint_lab_id, "
			+ roleOrder("m.role", JointLabMemberRole.values()) + ", m.id";

	private static final String PROJECTS = "SELECT p.id, p.name_en, p.status, p.start_date, p.end_date"
			+ " FROM cross_border_project p WHERE " + VISIBLE_PROJECTS + " ORDER BY p.name_sort_en, p.id LIMIT "
			+ PAGE_SIZE;

	private static final String PARTICIPANTS = "SELECT pp.project_id, pp.role, o.id, o.name_en, o.jurisdiction"
			+ " FROM project_participant pp JOIN organization o ON o.id = pp.organization_id"
			+ " WHERE pp.project_id IN (%s) ORDER BY pp.project_id, " + roleOrder("pp.role", ParticipantRole.values())
			+ ", pp.id";

	private static final String INVESTMENT_TOTALS = "SELECT i.project_id, i.currency, SUM(i.amount)"
			+ " FROM project_investment i WHERE i.project_id IN (%s) GROUP BY i.project_id, i.currency";

	private static final String EVENTS = "SELECT e.id, e.name_en, e.kind, e.status, e.starts_on, e.ends_on, c.name_en,"
			+ " e.capacity FROM investment_event e JOIN city c ON c.id = e.city_id WHERE " + UPCOMING_EVENTS
			+ " ORDER BY e.starts_on, e.id LIMIT " + PAGE_SIZE;

	private static final String REGISTRATION_COUNTS = "SELECT r.event_id, COUNT(*) FROM event_registration r"
			+ " WHERE r.event_id IN (%s) AND r.status = 'REGISTERED' GROUP BY r.event_id";

	private final DataSource dataSource;

	private final JsonMapper json;

	PartnerDashboardBaseline(DataSource dataSource, JsonMapper json) {
		this.dataSource = dataSource;
		this.json = json;
	}

	/**
	 * Reads the dashboard and writes {@code {"data": {...}}} to the stream, the
	 * {@code data} member byte for byte as the GraphQL response of an anonymous caller
	 * has it.
	 * @param upcomingFrom the first day from which events count as upcoming
	 * ({@code $upcomingFrom})
	 */
	public void write(LocalDate upcomingFrom, OutputStream out) throws SQLException {
		Dashboard dashboard = read(upcomingFrom);
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeName("data");
			writeData(generator, dashboard);
			generator.writeEndObject();
		}
	}

	private Dashboard read(LocalDate upcomingFrom) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			long[] totals = new long[3];
			try (PreparedStatement statement = connection.prepareStatement(TOTALS)) {
				statement.setObject(1, upcomingFrom);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					for (int i = 0; i < totals.length; i++) {
						totals[i] = rows.getLong(i + 1);
					}
				}
			}
			List<Lab> labs = readLabs(connection);
			List<Project> projects = readProjects(connection);
			List<Event> events = readEvents(connection, upcomingFrom);
			return new Dashboard(totals[0], labs, totals[1], projects, totals[2], events);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static List<Lab> readLabs(Connection connection) throws SQLException {
		Map<Long, Lab> labs = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(LABS);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				Lab lab = new Lab(rows.getLong(1), rows.getString(2), rows.getString(3),
						rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class), rows.getString(6),
						new ArrayList<>());
				labs.put(lab.id(), lab);
			}
		}
		if (!labs.isEmpty()) {
			try (PreparedStatement statement = withIds(connection, MEMBERS, labs.keySet());
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					labs.get(rows.getLong(1))
						.members()
						.add(new Member(rows.getString(2), rows.getObject(3, LocalDate.class), organization(rows, 4)));
				}
			}
		}
		return List.copyOf(labs.values());
	}

	private static List<Project> readProjects(Connection connection) throws SQLException {
		Map<Long, Project> projects = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(PROJECTS);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				Project project = new Project(rows.getLong(1), rows.getString(2), rows.getString(3),
						rows.getObject(4, LocalDate.class), rows.getObject(5, LocalDate.class), new ArrayList<>(),
						new EnumMap<>(CurrencyCode.class));
				projects.put(project.id(), project);
			}
		}
		if (!projects.isEmpty()) {
			try (PreparedStatement statement = withIds(connection, PARTICIPANTS, projects.keySet());
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					projects.get(rows.getLong(1))
						.participants()
						.add(new Participant(rows.getString(2), organization(rows, 3)));
				}
			}
			try (PreparedStatement statement = withIds(connection, INVESTMENT_TOTALS, projects.keySet());
					ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					// The currency order of investmentTotals is the enum's, as an EnumMap
					// iterates.
					projects.get(rows.getLong(1))
						.investmentTotals()
						.put(CurrencyCode.valueOf(rows.getString(2)), rows.getBigDecimal(3));
				}
			}
		}
		return List.copyOf(projects.values());
	}

	private static List<Event> readEvents(Connection connection, LocalDate upcomingFrom) throws SQLException {
		List<Event> events = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
			statement.setObject(1, upcomingFrom);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					events.add(new Event(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
							rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class), rows.getString(7),
							rows.getObject(8, Integer.class)));
				}
			}
		}
		Map<Long, Long> registrations = new HashMap<>();
		if (!events.isEmpty()) {
			try (PreparedStatement statement = withIds(connection, REGISTRATION_COUNTS,
					events.stream().map(Event::id).toList()); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					registrations.put(rows.getLong(1), rows.getLong(2));
				}
			}
		}
		return events.stream()
			.map((event) -> event.withRegistrations(registrations.getOrDefault(event.id(), 0L)))
			.toList();
	}

	/**
	 * The statement with its {@code IN (%s)} list made of one parameter per ID, bound.
	 */
	private static PreparedStatement withIds(Connection connection, String sql, java.util.Collection<Long> ids)
			throws SQLException {
		StringJoiner marks = new StringJoiner(", ");
		ids.forEach((id) -> marks.add("?"));
		PreparedStatement statement = connection.prepareStatement(sql.formatted(marks));
		int index = 1;
		for (long id : ids) {
			statement.setLong(index++, id);
		}
		return statement;
	}

	private static Organization organization(ResultSet rows, int firstColumn) throws SQLException {
		return new Organization(rows.getLong(firstColumn), rows.getString(firstColumn + 1),
				rows.getString(firstColumn + 2));
	}

	/**
	 * {@code CASE column WHEN 'LEAD' THEN 0 ...}: roles in the enum's declared order
	 * (lead first), as the API has them.
	 */
	private static String roleOrder(String column, Enum<?>[] roles) {
		StringBuilder order = new StringBuilder("CASE ").append(column);
		for (Enum<?> role : roles) {
			order.append(" WHEN '").append(role.name()).append("' THEN ").append(role.ordinal());
		}
		return order.append(" END").toString();
	}

	private static void writeData(JsonGenerator out, Dashboard dashboard) {
		out.writeStartObject();
		out.writeName("jointLabs");
		out.writeStartObject();
		out.writeNumberProperty("totalCount", dashboard.labCount());
		out.writeName("nodes");
		out.writeStartArray();
		for (Lab lab : dashboard.labs()) {
			out.writeStartObject();
			out.writeStringProperty("id", GlobalId.encode("JointLab", lab.id()));
			out.writeStringProperty("name", lab.name());
			out.writeStringProperty("status", lab.status());
			out.writeStringProperty("startDate", lab.startDate().toString());
			writeDate(out, "endDate", lab.endDate());
			out.writeName("hostCity");
			out.writeStartObject();
			out.writeStringProperty("name", lab.cityName());
			out.writeEndObject();
			out.writeName("memberJurisdictions");
			out.writeStartArray();
			for (Jurisdiction jurisdiction : jurisdictions(lab.members().stream().map(Member::organization))) {
				out.writeString(jurisdiction.name());
			}
			out.writeEndArray();
			out.writeName("members");
			out.writeStartArray();
			for (Member member : lab.members()) {
				out.writeStartObject();
				out.writeStringProperty("role", member.role());
				out.writeStringProperty("joinedOn", member.joinedOn().toString());
				writeOrganization(out, member.organization());
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeEndObject();

		out.writeName("crossBorderProjects");
		out.writeStartObject();
		out.writeNumberProperty("totalCount", dashboard.projectCount());
		out.writeName("nodes");
		out.writeStartArray();
		for (Project project : dashboard.projects()) {
			out.writeStartObject();
			out.writeStringProperty("id", GlobalId.encode("CrossBorderProject", project.id()));
			out.writeStringProperty("name", project.name());
			out.writeStringProperty("status", project.status());
			out.writeStringProperty("startDate", project.startDate().toString());
			writeDate(out, "endDate", project.endDate());
			// The jurisdiction of the first lead (participants come lead first).
			String leadJurisdiction = project.participants()
				.stream()
				.filter((participant) -> ParticipantRole.LEAD.name().equals(participant.role()))
				.map((participant) -> participant.organization().jurisdiction())
				.findFirst()
				.orElse(null);
			out.writeStringProperty("leadJurisdiction", leadJurisdiction);
			out.writeName("participants");
			out.writeStartArray();
			for (Participant participant : project.participants()) {
				out.writeStartObject();
				out.writeStringProperty("role", participant.role());
				writeOrganization(out, participant.organization());
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeName("investmentTotals");
			out.writeStartArray();
			for (Map.Entry<CurrencyCode, BigDecimal> total : project.investmentTotals().entrySet()) {
				out.writeStartObject();
				// Decimal is a string, as the scalar has it (BigDecimal.toPlainString).
				out.writeStringProperty("amount", total.getValue().toPlainString());
				out.writeStringProperty("currency", total.getKey().name());
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeEndObject();

		out.writeName("investmentEvents");
		out.writeStartObject();
		out.writeNumberProperty("totalCount", dashboard.eventCount());
		out.writeName("nodes");
		out.writeStartArray();
		for (Event event : dashboard.events()) {
			out.writeStartObject();
			out.writeStringProperty("id", GlobalId.encode("InvestmentEvent", event.id()));
			out.writeStringProperty("name", event.name());
			out.writeStringProperty("kind", event.kind());
			out.writeStringProperty("status", event.status());
			out.writeStringProperty("startsOn", event.startsOn().toString());
			out.writeStringProperty("endsOn", event.endsOn().toString());
			out.writeName("city");
			out.writeStartObject();
			out.writeStringProperty("name", event.cityName());
			out.writeEndObject();
			if (event.capacity() != null) {
				out.writeNumberProperty("capacity", event.capacity().intValue());
			}
			else {
				out.writeNullProperty("capacity");
			}
			out.writeNumberProperty("registrationCount", event.registrations());
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeEndObject();
		out.writeEndObject();
	}

	private static void writeDate(JsonGenerator out, String name, @Nullable LocalDate date) {
		if (date != null) {
			out.writeStringProperty(name, date.toString());
		}
		else {
			out.writeNullProperty(name);
		}
	}

	private static void writeOrganization(JsonGenerator out, Organization organization) {
		out.writeName("organization");
		out.writeStartObject();
		out.writeStringProperty("id", GlobalId.encode("Organization", organization.id()));
		out.writeStringProperty("name", organization.name());
		out.writeStringProperty("jurisdiction", organization.jurisdiction());
		out.writeEndObject();
	}

	/** The jurisdictions of the organisations, each once, in the enum's order. */
	private static Set<Jurisdiction> jurisdictions(Stream<Organization> organizations) {
		return organizations.map((organization) -> Jurisdiction.valueOf(organization.jurisdiction()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Jurisdiction.class)));
	}

	private record Dashboard(long labCount, List<Lab> labs, long projectCount, List<Project> projects, long eventCount,
			List<Event> events) {
	}

	private record Lab(long id, String name, String status, LocalDate startDate, @Nullable LocalDate endDate,
			String cityName, List<Member> members) {
	}

	private record Member(String role, LocalDate joinedOn, Organization organization) {
	}

	private record Project(long id, String name, String status, LocalDate startDate, @Nullable LocalDate endDate,
			List<Participant> participants, Map<CurrencyCode, BigDecimal> investmentTotals) {
	}

	private record Participant(String role, Organization organization) {
	}

	private record Organization(long id, String name, String jurisdiction) {
	}

	private record Event(long id, String name, String kind, String status, LocalDate startsOn, LocalDate endsOn,
			String cityName, @Nullable Integer capacity, long registrations) {

		Event(long id, String name, String kind, String status, LocalDate startsOn, LocalDate endsOn, String cityName,
				@Nullable Integer capacity) {
			this(id, name, kind, status, startsOn, endsOn, cityName, capacity, 0);
		}

		Event withRegistrations(long count) {
			return new Event(this.id, this.name, this.kind, this.status, this.startsOn, this.endsOn, this.cityName,
					this.capacity, count);
		}

	}

}
