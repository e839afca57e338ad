package org.gba.cooperation.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * A stateless bearer-token API. Reads are open to anonymous callers (who see only
 * published records); a token widens what a caller sees, by {@link AccessPolicy}. Any
 * token sent must be valid: a bad one is answered 401 with {@code WWW-Authenticate},
 * never silently ignored. No sessions, no cookies, so no CSRF tokens; tokens only in the
 * {@code Authorization} header.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
		http.csrf((csrf) -> csrf.disable()).cors((cors) -> {
		})
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenResolver(headerOnlyTokens())
				.authenticationEntryPoint(TokenRefusal::answer)
				.jwt((jwt) -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(rolesFromClaim())));
		return http.build();
	}

	@Bean
	@ConditionalOnBooleanProperty("gba.security.dev-issuer.enabled")
	DevTokenIssuer devTokenIssuer(SecurityProperties properties, Clock clock) {
		return new DevTokenIssuer(properties, clock);
	}

	/**
	 * Checks tokens of the dev issuer (embedded default), or of the configured issuer: by
	 * OIDC discovery from {@code gba.security.issuer-uri}, or by the keys at
	 * {@code gba.security.jwk-set-uri}.
	 */
	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<DevTokenIssuer> devIssuer) {
		DevTokenIssuer dev = devIssuer.getIfAvailable();
		if (dev != null) {
			return dev.decoder(TokenValidators.of(properties, dev.issuer()));
		}
		NimbusJwtDecoder decoder;
		String issuer = (properties.issuerUri() != null) ? properties.issuerUri().toString() : null;
		if (properties.jwkSetUri() != null) {
			decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
		}
		else if (issuer != null) {
			decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		}
		else {
			throw new IllegalStateException("No token issuer configured: set gba.security.issuer-uri (OIDC) or "
					+ "gba.security.jwk-set-uri, or gba.security.dev-issuer.enabled=true for local development only");
		}
		decoder.setJwtValidator(TokenValidators.of(properties, issuer));
		return decoder;
	}

	/**
	 * WebSocket connections sign in with the token of their {@code connection_init}
	 * payload, checked by the same decoder. First of the GraphQL interceptors, so that
	 * all the others see the caller.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebSocketGraphQlInterceptor webSocketAuthentication(JwtDecoder jwtDecoder) {
		JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(jwtDecoder);
		tokens.setJwtAuthenticationConverter(rolesFromClaim());
		return new WebSocketAuthentication(new ProviderManager(tokens));
	}

	/**
	 * The GraphQL WebSocket endpoint behind {@link WebSocketSessionGuard}: ahead of
	 * Spring Boot's own mapping of the same path (order -2), with the same handshake
	 * (origin check, context propagation).
	 */
	@Bean
	HandlerMapping guardedGraphQlWebSocket(GraphQlWebSocketHandler graphQl, GraphQlProperties graphQlProperties,
			SecurityProperties properties, Clock clock) {
		WebSocketHttpRequestHandler unguarded = graphQl.initWebSocketHttpRequestHandler(new DefaultHandshakeHandler());
		WebSocketHttpRequestHandler guarded = new WebSocketHttpRequestHandler(
				new WebSocketSessionGuard(graphQl, clock, properties.clockSkew()), new DefaultHandshakeHandler());
		guarded.setHandshakeInterceptors(unguarded.getHandshakeInterceptors());
		WebSocketHandlerMapping mapping = new WebSocketHandlerMapping();
		mapping.setWebSocketUpgradeMatch(true);
		mapping.setUrlMap(Map.of(Objects.requireNonNull(graphQlProperties.getWebsocket().getPath()), guarded));
		mapping.setOrder(-3);
		return mapping;
	}

	/**
	 * The {@code roles} claim becomes the authorities ROLE_PARTNER, ROLE_ANALYST,
	 * ROLE_COORDINATOR.
	 */
	private static JwtAuthenticationConverter rolesFromClaim() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	/**
	 * Tokens in URLs end up in logs and browser history: a request carrying one is
	 * refused.
	 */
	private static BearerTokenResolver headerOnlyTokens() {
		DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
		return (HttpServletRequest request) -> {
			if (request.getParameter("access_token") != null) {
				throw new OAuth2AuthenticationException(BearerTokenErrors
					.invalidRequest("Send the token in the Authorization header, never in the URL"));
			}
			return header.resolve(request);
		};
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/graphql", cors);
		source.registerCorsConfiguration("/dev/token", cors);
		return source;
	}

}
