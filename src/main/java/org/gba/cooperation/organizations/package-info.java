/** Organisations: universities, enterprises, institutes, government bodies and associations. */
@NullMarked
package org.gba.cooperation.organizations;

import org.jspecify.annotations.NullMarked;
