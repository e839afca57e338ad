/**
 * Who may call the API and what each caller sees: bearer tokens (JWT, any OIDC issuer; a dev
 * issuer in the embedded default), CORS, and {@link org.gba.cooperation.security.AccessPolicy}, the
 * one place the access rules are written.
 */
@NullMarked
package org.gba.cooperation.security;

import org.jspecify.annotations.NullMarked;
