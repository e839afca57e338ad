/** Guangdong-Hong Kong-Macao joint laboratories and their member institutions. */
@NullMarked
package org.gba.cooperation.labs;

import org.jspecify.annotations.NullMarked;
