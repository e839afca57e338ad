/** Investment promotion events: organisers, target sectors, registrations and the deals signed there. */
@NullMarked
package org.gba.cooperation.events;

import org.jspecify.annotations.NullMarked;
