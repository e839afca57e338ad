package org.gba.cooperation.security;

import java.util.ArrayList;
import java.util.List;

import org.gba.cooperation.shared.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * What a token must satisfy besides its signature: an expiry ({@code exp}: a token that
 * never expires is refused) and time stamps within the configured clock skew,
 * {@code typ: JWT}, the issuer, the audience, a subject of 1 to
 * {@value #MAX_SUBJECT_LENGTH} characters (OpenID Connect's limit), and an organisation
 * for partners.
 */
final class TokenValidators {

	/**
	 * The longest subject accepted: OpenID Connect Core 1.0, section 2, caps {@code sub}
	 * at 255 ASCII characters.
	 */
	static final int MAX_SUBJECT_LENGTH = 255;

	private TokenValidators() {
	}

	static OAuth2TokenValidator<Jwt> of(SecurityProperties properties, @Nullable String issuer) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		// JwtTimestampValidator checks exp only when there is one: a token without it
		// would never expire.
		validators.add(new JwtClaimValidator<Object>("exp", (exp) -> exp != null));
		validators.add(new JwtTimestampValidator(properties.clockSkew()));
		validators.add(JwtTypeValidator.jwt());
		if (issuer != null) {
			validators.add(new JwtIssuerValidator(issuer));
		}
		String audience = properties.audience();
		validators.add(new JwtClaimValidator<List<String>>("aud", (aud) -> aud != null && aud.contains(audience)));
		validators.add(new JwtClaimValidator<String>("sub",
				(sub) -> sub != null && !sub.isBlank() && sub.length() <= MAX_SUBJECT_LENGTH));
		validators.add(TokenValidators::partnerHasOrganization);
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	/**
	 * A partner acts for an organisation, so its token must name one by its global ID.
	 */
	private static OAuth2TokenValidatorResult partnerHasOrganization(Jwt jwt) {
		if (TokenClaims.roles(jwt).contains(Role.PARTNER) && TokenClaims.organizationId(jwt) == null) {
			return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
					"A PARTNER token must name its organisation's ID in the org claim", null));
		}
		return OAuth2TokenValidatorResult.success();
	}

}
