package org.gba.cooperation.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API.
 *
 * @param allowedOrigins the exact origins (scheme, host, port) of partner web apps
 * allowed to call the API from a browser; empty (the production default) allows none
 */
@ConfigurationProperties("gba.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
