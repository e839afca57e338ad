package org.gba.cooperation.drills;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.support.cluster.OwnMariaDb;

/**
 * What the drills share: an instance's settings on a database of its own, the write they
 * load it with (a joint lab created with its lead member, audited, under an idempotency
 * key) and how to tell, from the database alone, whether such a write is there whole.
 */
final class Drills {

	/**
	 * Creates a lab; a write of four rows in one transaction: the lab, its lead member,
	 * its audit entry and its idempotency record.
	 */
	static final String CREATE_LAB = """
			mutation CreateLab($input: CreateJointLabInput!) {
			  createJointLab(input: $input) { jointLab { id name } userErrors { code message } }
			}""";

	private Drills() {
	}

	/**
	 * The settings of an instance in the {@code mysql} profile (production's) on the
	 * database at {@code host:port}, the drills' own MariaDB server or a proxy in front
	 * of it, with the demo data, the dev issuer, and budgets no drill empties.
	 */
	static Map<String, Object> onDatabase(int port, String database) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "mysql");
		properties.put("spring.datasource.url", "jdbc:mysql://127.0.0.1:" + port + "/" + database);
		properties.put("spring.datasource.username", "root");
		properties.put("spring.datasource.password", "");
		properties.put("gba.security.dev-issuer.enabled", "true");
		properties.put("gba.demo-data.enabled", "true");
		for (String caller : new String[] { "anonymous", "analyst", "coordinator" }) {
			properties.put("gba.graphql.rate-limit." + caller + ".size", "1000000000");
			properties.put("gba.graphql.rate-limit." + caller + ".restore-rate", "1000000000");
		}
		return properties;
	}

	/**
	 * The input of a lab named {@code name} (in every script), led by organisation 1,
	 * sent under {@code key}.
	 */
	static Map<String, Object> lab(String name, String key) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("names", Map.of("zhHant", name, "zhHans", name, "en", name));
		input.put("sectorId", GlobalId.encode("Sector", 1));
		input.put("hostCityId", GlobalId.encode("City", 1));
		input.put("leadOrganizationId", GlobalId.encode("Organization", 1));
		input.put("startDate", "2027-03-01");
		input.put("idempotencyKey", key);
		return input;
	}

	/**
	 * What the database holds of the lab named {@code name} sent under {@code key}: how
	 * many labs of that name, and how many of them are whole (a lead member, an audit
	 * entry, and the key's idempotency record with its result).
	 */
	static Stored stored(OwnMariaDb server, String database, String name, String key) {
		String labs = database + ".joint_lab l WHERE l.name_en = '" + name + "'";
		long count = server.number("SELECT COUNT(*) FROM " + labs);
		long whole = server.number("SELECT COUNT(*) FROM " + labs + " AND EXISTS (SELECT 1 FROM " + database
				+ ".joint_lab_member m WHERE m.joint_lab_id = l.id AND m.role = 'LEAD') AND EXISTS (SELECT 1 FROM "
				+ database + ".audit_entry a WHERE a.object_type = 'JointLab' AND a.object_id = l.id) AND EXISTS "
				+ "(SELECT 1 FROM " + database + ".idempotency_record i WHERE i.idempotency_key = '" + key
				+ "' AND i.result_id IS NOT NULL)");
		return new Stored(count, whole);
	}

	/**
	 * @param labs the labs of the name
	 * @param whole those of them with every row of their write
	 */
	record Stored(long labs, long whole) {

	}

}
