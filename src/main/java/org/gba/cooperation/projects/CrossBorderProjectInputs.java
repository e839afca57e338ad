package org.gba.cooperation.projects;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.gba.cooperation.writes.MoneyInput;
import org.gba.cooperation.writes.MutationInput;
import org.gba.cooperation.writes.NameInput;
import org.gba.cooperation.writes.TextInput;
import org.jspecify.annotations.Nullable;

/** The GraphQL inputs of the cross-border project mutations. */
final class CrossBorderProjectInputs {

	private CrossBorderProjectInputs() {
	}

	record CreateCrossBorderProjectInput(@NotNull @Valid NameInput names, @Nullable @Valid TextInput descriptions,
			@NotBlank String sectorId, @NotBlank String cityId, @NotNull LocalDate startDate,
			@Nullable String leadOrganizationId, @Nullable String idempotencyKey) implements MutationInput {
	}

	record UpdateCrossBorderProjectInput(@NotBlank String id, long version, @Nullable @Valid NameInput names,
			@Nullable @Valid TextInput descriptions, @Nullable String sectorId, @Nullable String cityId,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ArchiveCrossBorderProjectInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record AddProjectParticipantInput(@NotBlank String id, long version, @NotBlank String organizationId,
			@NotNull ParticipantRole role, @Nullable LocalDate joinedOn,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record RecordInvestmentInput(@NotBlank String id, long version, @Nullable String investorId,
			@NotNull InvestmentKind kind, @NotNull @Valid MoneyInput amount, @Nullable LocalDate committedOn,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record AddMilestoneInput(@NotBlank String id, long version, @NotNull @Valid NameInput titles,
			@NotNull LocalDate dueOn, @Nullable String idempotencyKey) implements MutationInput {
	}

	record CompleteMilestoneInput(@NotBlank String id, long version, @NotBlank String milestoneId,
			@Nullable LocalDate completedOn, @Nullable String idempotencyKey) implements MutationInput {
	}

	record ChangeProjectStatusInput(@NotBlank String id, long version, @NotNull CrossBorderProjectStatus status,
			@Nullable String idempotencyKey) implements MutationInput {
	}

}
