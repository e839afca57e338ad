/** Who may call the API. Until the security issue lands, every read is open and no mutation exists. */
@NullMarked
package org.gba.cooperation.security;

import org.jspecify.annotations.NullMarked;
