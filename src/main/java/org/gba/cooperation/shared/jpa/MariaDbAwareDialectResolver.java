package org.gba.cooperation.shared.jpa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.jspecify.annotations.Nullable;

/**
 * Recognises MariaDB behind MySQL Connector/J. The driver reports MariaDB as "MySQL
 * 5.5.5" (the server string is {@code 5.5.5-10.11.19-MariaDB-...}), so Hibernate would
 * pick an old MySQL dialect and warn; this resolver reads the real version from that
 * string. For any other database it returns null and Hibernate's own resolution applies,
 * so MySQL 8.4 and H2 are unaffected. Registered with
 * {@code hibernate.dialect_resolvers}.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

	private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB.*",
			Pattern.CASE_INSENSITIVE);

	@Override
	public @Nullable Dialect resolveDialect(DialectResolutionInfo info) {
		String version = info.getDatabaseVersion();
		if (version == null) {
			return null;
		}
		Matcher matcher = MARIADB_VERSION.matcher(version);
		if (!matcher.matches()) {
			return null;
		}
		return new MariaDBDialect(DatabaseVersion.make(Integer.parseInt(matcher.group(1)),
				Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
	}

}
