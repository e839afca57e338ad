package org.gba.cooperation.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gba.cooperation.organizations.Organizations;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.InvalidInputException;
import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token}: a signed token for any subject, roles and organisation, so
 * that developers and analysts can try every role locally. Exists only with the dev
 * issuer enabled.
 */
@RestController
@ConditionalOnBooleanProperty("gba.security.dev-issuer.enabled")
class DevTokenController {

	private static final int MAX_SUBJECT_LENGTH = 100;

	private final DevTokenIssuer issuer;

	private final Organizations organizations;

	DevTokenController(DevTokenIssuer issuer, Organizations organizations) {
		this.issuer = issuer;
		this.organizations = organizations;
	}

	/**
	 * The request body: {@code {"subject": "...", "roles": ["PARTNER"], "organizationId":
	 * "<global id>"}}.
	 */
	record TokenRequest(@Nullable String subject, @Nullable List<String> roles, @Nullable String organizationId) {
	}

	/** The answer, in the shape of an OAuth 2.0 token response. */
	record TokenResponse(String accessToken, String tokenType, long expiresIn) {
	}

	@PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	TokenResponse token(@RequestBody TokenRequest request) {
		String subject = request.subject();
		if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
			throw new InvalidInputException("`subject` is required, at most " + MAX_SUBJECT_LENGTH + " characters");
		}
		Set<Role> roles = roles(request.roles());
		String organizationId = request.organizationId();
		if (organizationId != null) {
			long id = GlobalId.decode(organizationId, "Organization");
			if (this.organizations.findById(id).isEmpty()) {
				throw new InvalidInputException("No organisation has the ID '" + organizationId + "'");
			}
		}
		else if (roles.contains(Role.PARTNER)) {
			throw new InvalidInputException(
					"A PARTNER token needs `organizationId`, the global ID of its organisation");
		}
		Jwt jwt = this.issuer.issue(subject, roles, organizationId);
		Instant expiresAt = Objects.requireNonNull(jwt.getExpiresAt());
		return new TokenResponse(jwt.getTokenValue(), "Bearer",
				Duration.between(Objects.requireNonNull(jwt.getIssuedAt()), expiresAt).toSeconds());
	}

	private static Set<Role> roles(@Nullable List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new InvalidInputException("`roles` is required: one or more of PARTNER, ANALYST, COORDINATOR");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			roles.add(java.util.Arrays.stream(Role.values())
				.filter((role) -> role.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException(
						"Unknown role '" + name + "': use PARTNER, ANALYST or COORDINATOR")));
		}
		return roles;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Map<String, String>> invalid(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "message", ex.getMessage()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.body(Map.of("error", "invalid_request", "message",
					"The body must be a JSON object with " + "`subject`, `roles` and, for partners, `organizationId`"));
	}

}
