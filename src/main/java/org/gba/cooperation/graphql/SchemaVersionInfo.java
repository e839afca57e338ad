package org.gba.cooperation.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.schema.idl.SchemaPrinter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The versions of the contracts an instance serves, in {@code GET /actuator/info} beside
 * the build's ({@code build.version}): {@code schema.graphql} is the SHA-256 of the
 * running GraphQL schema as printed (two instances with the same hash answer the same
 * documents the same way), {@code schema.database} the latest database migration applied.
 */
final class SchemaVersionInfo implements InfoContributor {

	private final GraphQlSource graphQl;

	private final ObjectProvider<Flyway> flyway;

	private volatile String graphQlHash;

	SchemaVersionInfo(GraphQlSource graphQl, ObjectProvider<Flyway> flyway) {
		this.graphQl = graphQl;
		this.flyway = flyway;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("graphql", graphQlHash());
		Flyway migrations = this.flyway.getIfAvailable();
		MigrationInfo current = (migrations != null) ? migrations.info().current() : null;
		if (current != null) {
			schema.put("database", current.getVersion().getVersion());
		}
		builder.withDetail("schema", schema);
	}

	private String graphQlHash() {
		String hash = this.graphQlHash;
		if (hash == null) {
			String printed = new SchemaPrinter().print(this.graphQl.schema());
			try {
				hash = HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(printed.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every Java runtime has SHA-256", ex);
			}
			this.graphQlHash = hash;
		}
		return hash;
	}

}
