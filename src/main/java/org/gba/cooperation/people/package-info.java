/** People: the talent of talent arrangements. Their contact details are personal data. */
@NullMarked
package org.gba.cooperation.people;

import org.jspecify.annotations.NullMarked;
