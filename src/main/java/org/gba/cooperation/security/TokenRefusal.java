package org.gba.cooperation.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * How a refused token is answered: 401 (400 for a token in the URL) with a
 * {@code WWW-Authenticate} header that says what kind of error it is and nothing more.
 * Why the token failed (expired, wrong issuer, bad signature...) is logged for operators,
 * never told to the caller.
 */
final class TokenRefusal {

	private static final Logger logger = LoggerFactory.getLogger(TokenRefusal.class);

	private TokenRefusal() {
	}

	static void answer(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) {
		boolean invalidRequest = ex instanceof OAuth2AuthenticationException oauth
				&& OAuth2ErrorCodes.INVALID_REQUEST.equals(oauth.getError().getErrorCode());
		logger.info("Refused a bearer token on {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		if (invalidRequest) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_request\", "
					+ "error_description=\"Send the token in the Authorization header, never in the URL\"");
		}
		else {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_token\", error_description=\"The bearer token is not valid\"");
		}
	}

}
