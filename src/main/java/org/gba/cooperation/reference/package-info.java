/** Reference data: the cities and the sectors every other module points to. */
@NullMarked
package org.gba.cooperation.reference;

import org.jspecify.annotations.NullMarked;
