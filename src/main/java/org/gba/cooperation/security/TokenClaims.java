package org.gba.cooperation.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claims the API reads from a token: {@code sub}, {@code roles} and {@code org}. */
final class TokenClaims {

	static final String ROLES = "roles";

	static final String ORGANIZATION = "org";

	private TokenClaims() {
	}

	/** The known roles of the {@code roles} claim; unknown values are ignored. */
	static Set<Role> roles(Jwt jwt) {
		List<String> values = jwt.getClaimAsStringList(ROLES);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (values != null) {
			for (String value : values) {
				for (Role role : Role.values()) {
					if (role.name().equals(value)) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

	/**
	 * The database ID of the {@code org} claim, or null when absent or not an
	 * organisation's ID.
	 */
	static @Nullable Long organizationId(Jwt jwt) {
		String organization = jwt.getClaimAsString(ORGANIZATION);
		if (organization == null) {
			return null;
		}
		try {
			return GlobalId.decode(organization, "Organization");
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	static Caller caller(Jwt jwt) {
		return new Caller(jwt.getSubject(), roles(jwt), organizationId(jwt));
	}

}
