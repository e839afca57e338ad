package org.gba.cooperation.security;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The decisions of the access rules that need no database: who is calling, who may accept
 * an arrangement, set exchange rates or read everyone's contact details, and that every
 * entity type read or written has a rule. Which rows each caller sees is a question for
 * the database, answered in the integration suite (AccessMatrixIT, PartnerIsolationIT,
 * ContactDetailsAccessIT).
 */
class AccessPolicyTest {

	private static final long HOST = 7;

	private static final long OTHER = 8;

	/**
	 * No decision here reads the database: an entity manager that fails the test if one
	 * does.
	 */
	private final AccessPolicy policy = new AccessPolicy((EntityManager) Proxy.newProxyInstance(
			EntityManager.class.getClassLoader(), new Class<?>[] { EntityManager.class }, (proxy, method, args) -> {
				throw new AssertionError("The access rules read the database: EntityManager." + method.getName());
			}));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theCallerIsReadFromTheBearerTokenKnownRolesOnly() {
		signIn(token("partner-7", List.of("PARTNER", "ADMINISTRATOR"), GlobalId.encode("Organization", HOST)));

		assertThat(this.policy.caller()).isEqualTo(new Caller("partner-7", Set.of(Role.PARTNER), HOST));
	}

	@Test
	void anOrganisationClaimThatIsNotAnOrganisationsIdNamesNoOrganisation() {
		signIn(token("partner", List.of("PARTNER"), GlobalId.encode("JointLab", HOST)));

		assertThat(this.policy.caller().organizationId()).isNull();
	}

	@Test
	void withoutABearerTokenTheCallerIsAnonymous() {
		assertThat(this.policy.caller()).isEqualTo(Caller.ANONYMOUS);

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null));
		assertThat(this.policy.caller()).isEqualTo(Caller.ANONYMOUS);
	}

	@Test
	void anArrangementIsAcceptedForThePersonsOwnOrganisationOrByACoordinator() {
		signIn(partnerOf(HOST));
		assertThat(this.policy.acceptsArrangementsFor(HOST)).isTrue();
		assertThat(this.policy.acceptsArrangementsFor(OTHER)).isFalse();
		assertThat(this.policy.acceptsArrangementsFor(null)).isFalse();

		signIn(token("coordinator", List.of("COORDINATOR"), null));
		assertThat(this.policy.acceptsArrangementsFor(OTHER)).isTrue();
		assertThat(this.policy.acceptsArrangementsFor(null)).isTrue();

		signIn(token("analyst", List.of("ANALYST"), null));
		assertThat(this.policy.acceptsArrangementsFor(OTHER)).isFalse();
	}

	@Test
	void anonymousCallersAcceptNothing() {
		assertThat(this.policy.acceptsArrangementsFor(HOST)).isFalse();
	}

	@Test
	void onlyCoordinatorsSetExchangeRates() {
		assertThat(this.policy.maintainsExchangeRates()).isFalse();
		for (String role : List.of("PARTNER", "ANALYST")) {
			signIn(token(role, List.of(role), GlobalId.encode("Organization", HOST)));
			assertThat(this.policy.maintainsExchangeRates()).as(role).isFalse();
		}

		signIn(token("coordinator", List.of("COORDINATOR"), null));
		assertThat(this.policy.maintainsExchangeRates()).isTrue();
	}

	@Test
	void aCoordinatorReadsEveryonesContactDetailsWithoutAsking() {
		signIn(token("coordinator", List.of("COORDINATOR"), null));

		assertThat(this.policy.contactDetailsReadable(List.of(1L, 2L, 3L))).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void analystsAndAnonymousCallersReadNoOnesContactDetails() {
		assertThat(this.policy.contactDetailsReadable(List.of(1L, 2L))).isEmpty();

		signIn(token("analyst", List.of("ANALYST"), null));
		assertThat(this.policy.contactDetailsReadable(List.of(1L, 2L))).isEmpty();
	}

	@Test
	void aPartnerAskingAboutNoOneIsToldNoOne() {
		signIn(partnerOf(HOST));

		assertThat(this.policy.contactDetailsReadable(List.of())).isEmpty();
	}

	@Test
	void readingOrWritingATypeWithoutARuleIsAProgrammingError() {
		signIn(partnerOf(HOST));

		assertThatIllegalStateException().isThrownBy(() -> this.policy.visible(Unruled.class))
			.withMessageContaining("No access rule for " + Unruled.class.getName());
		assertThatIllegalStateException().isThrownBy(() -> this.policy.changeable(City.class))
			.withMessageContaining("No write rule for " + City.class.getName());
		// Every type the API reads or changes has both.
		this.policy.visible(JointLab.class);
		this.policy.changeable(JointLab.class);
	}

	private static Jwt partnerOf(long organization) {
		return token("partner-" + organization, List.of("PARTNER"), GlobalId.encode("Organization", organization));
	}

	private static Jwt token(String subject, List<String> roles, @Nullable String organization) {
		Jwt.Builder token = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject).claim("roles", roles);
		if (organization != null) {
			token.claim("org", organization);
		}
		return token.build();
	}

	private static void signIn(Jwt token) {
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token, List.of()));
	}

	/** A record type nobody wrote an access rule for. */
	static class Unruled extends BaseEntity {

	}

}
