package org.gba.cooperation.organizations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.gba.cooperation.writes.MutationInput;
import org.gba.cooperation.writes.NameInput;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL inputs of the organisation mutations. In an update an empty text (or sector
 * ID) clears the field; the column sizes are those of {@code organization}.
 */
final class OrganizationInputs {

	/** A public website: an absolute http(s) address, or empty (nothing). */
	static final String WEBSITE = "(?:https?://\\S+)?";

	static final int MAX_WEBSITE = 300;

	static final int MAX_ABBREVIATION = 40;

	private OrganizationInputs() {
	}

	record CreateOrganizationInput(@NotNull @Valid NameInput names, @NotNull OrganizationKind kind,
			@NotBlank String cityId, @Nullable String sectorId, boolean chainLeader,
			@Nullable @CodePointLength(max = MAX_ABBREVIATION) String abbreviation,
			@Nullable @CodePointLength(max = MAX_WEBSITE) @Pattern(regexp = WEBSITE,
					flags = Pattern.Flag.CASE_INSENSITIVE,
					message = "must start with http:// or https://") String website,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record UpdateOrganizationInput(@NotBlank String id, long version, @Nullable @Valid NameInput names,
			@Nullable OrganizationKind kind, @Nullable String cityId, @Nullable String sectorId,
			@Nullable Boolean chainLeader, @Nullable @CodePointLength(max = MAX_ABBREVIATION) String abbreviation,
			@Nullable @CodePointLength(max = MAX_WEBSITE) @Pattern(regexp = WEBSITE,
					flags = Pattern.Flag.CASE_INSENSITIVE,
					message = "must start with http:// or https://") String website,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ArchiveOrganizationInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

}
