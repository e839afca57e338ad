package org.gba.cooperation.shared.access;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking: a signed-in user with roles (and, for partners, an organisation) or
 * nobody.
 *
 * @param subject the token's {@code sub}; null when anonymous
 * @param roles the roles of the token
 * @param organizationId the database ID of the caller's organisation (the token's
 * {@code org}); always set for partners
 */
public record Caller(@Nullable String subject, Set<Role> roles, @Nullable Long organizationId) {

	public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean isAnonymous() {
		return this.subject == null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
