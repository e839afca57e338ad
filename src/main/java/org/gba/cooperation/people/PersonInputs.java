package org.gba.cooperation.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.writes.MutationInput;
import org.gba.cooperation.writes.NameInput;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL inputs of the person mutations. In an update an empty text (or ID) clears
 * the field; the sizes are those of the {@code person} columns.
 */
final class PersonInputs {

	/**
	 * Digits, spaces, {@code +}, {@code -} and parentheses, with one digit at least; or
	 * empty (nothing).
	 */
	static final String PHONE = "(?:[ +()\\-]*[0-9][0-9 +()\\-]*)?";

	static final String PHONE_MESSAGE = "may hold only digits, spaces, +, - and parentheses";

	static final int MAX_TITLE = 200;

	static final int MAX_EMAIL = 254;

	static final int MAX_PHONE = 40;

	private PersonInputs() {
	}

	record CreatePersonInput(@NotNull @Valid NameInput names, @Nullable @CodePointLength(max = MAX_TITLE) String title,
			@Nullable @Email @CodePointLength(max = MAX_EMAIL) String email,
			@Nullable @CodePointLength(max = MAX_PHONE) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
			@NotNull Jurisdiction homeJurisdiction, @Nullable String affiliationId, @Nullable String expertiseSectorId,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record UpdatePersonInput(@NotBlank String id, long version, @Nullable @Valid NameInput names,
			@Nullable @CodePointLength(max = MAX_TITLE) String title,
			@Nullable @Email @CodePointLength(max = MAX_EMAIL) String email,
			@Nullable @CodePointLength(max = MAX_PHONE) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
			@Nullable Jurisdiction homeJurisdiction, @Nullable String affiliationId, @Nullable String expertiseSectorId,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ArchivePersonInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

}
