package org.gba.cooperation.talent;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.gba.cooperation.writes.MutationInput;
import org.gba.cooperation.writes.TextInput;
import org.jspecify.annotations.Nullable;

/** The GraphQL inputs of the talent arrangement mutations. */
final class TalentArrangementInputs {

	private TalentArrangementInputs() {
	}

	record CreateTalentArrangementInput(@NotBlank String personId, @NotBlank String hostOrganizationId,
			@Nullable String jointLabId, @Nullable String projectId, @NotNull TalentMode mode,
			@NotNull TalentCategory category, @NotNull LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable @Valid TextInput descriptions, @Nullable String idempotencyKey) implements MutationInput {
	}

	record UpdateTalentArrangementInput(@NotBlank String id, long version, @Nullable TalentMode mode,
			@Nullable TalentCategory category, @Nullable String jointLabId, @Nullable String projectId,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable @Valid TextInput descriptions,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ArchiveTalentArrangementInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record StartTalentArrangementInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ExtendTalentArrangementInput(@NotBlank String id, long version, @NotNull LocalDate newEndDate,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record EndTalentArrangementInput(@NotBlank String id, long version, @Nullable LocalDate endDate,
			@Nullable String idempotencyKey) implements MutationInput {
	}

}
