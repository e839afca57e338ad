package org.gba.cooperation.people;

import org.jspecify.annotations.Nullable;

/** A person's contact details, handed out only to callers the access rules allow. */
record ContactDetails(@Nullable String email, @Nullable String phone) {
}
