package org.gba.cooperation.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gba.cooperation.writes.MoneyInput;
import org.gba.cooperation.writes.MutationInput;
import org.gba.cooperation.writes.NameInput;
import org.gba.cooperation.writes.TextInput;
import org.jspecify.annotations.Nullable;

/** The GraphQL inputs of the investment event mutations. */
final class InvestmentEventInputs {

	/** Most sectors one event may target. */
	static final int MAX_TARGET_SECTORS = 20;

	private InvestmentEventInputs() {
	}

	record CreateInvestmentEventInput(@NotNull @Valid NameInput names, @Nullable @Valid TextInput descriptions,
			@Nullable @Valid TextInput venues, @NotNull InvestmentEventKind kind, @NotBlank String cityId,
			@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @Nullable LocalDate registrationClosesOn,
			@Nullable @Min(1) Integer capacity, @Nullable @Min(1) Integer edition,
			@Nullable @Size(max = MAX_TARGET_SECTORS) List<String> targetSectorIds, @Nullable String hostOrganizationId,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record UpdateInvestmentEventInput(@NotBlank String id, long version, @Nullable @Valid NameInput names,
			@Nullable @Valid TextInput descriptions, @Nullable @Valid TextInput venues,
			@Nullable InvestmentEventKind kind, @Nullable String cityId, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable LocalDate registrationClosesOn, @Nullable @Min(1) Integer capacity,
			@Nullable @Min(1) Integer edition, @Nullable @Size(max = MAX_TARGET_SECTORS) List<String> targetSectorIds,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ArchiveInvestmentEventInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record PublishInvestmentEventInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record CancelInvestmentEventInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record CompleteInvestmentEventInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record RegisterForInvestmentEventInput(@NotBlank String id, long version, @NotBlank String organizationId,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record WithdrawRegistrationInput(@NotBlank String id, long version, @NotBlank String organizationId,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record RecordDealInput(@NotBlank String id, long version, @NotBlank String investorId, @Nullable String partnerId,
			@NotBlank String sectorId, @NotNull @Valid MoneyInput amount, @NotNull LocalDate signedOn,
			@NotNull @Valid NameInput titles, @Nullable String idempotencyKey) implements MutationInput {
	}

}
