package org.gba.cooperation.labs;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.gba.cooperation.writes.MutationInput;
import org.gba.cooperation.writes.NameInput;
import org.gba.cooperation.writes.TextInput;
import org.jspecify.annotations.Nullable;

/** The GraphQL inputs of the joint lab mutations. */
final class JointLabInputs {

	private JointLabInputs() {
	}

	record CreateJointLabInput(@NotNull @Valid NameInput names, @Nullable @Valid TextInput descriptions,
			@NotBlank String sectorId, @NotBlank String hostCityId, @NotNull LocalDate startDate,
			@Nullable String leadOrganizationId, @Nullable String idempotencyKey) implements MutationInput {
	}

	record UpdateJointLabInput(@NotBlank String id, long version, @Nullable @Valid NameInput names,
			@Nullable @Valid TextInput descriptions, @Nullable String sectorId, @Nullable String hostCityId,
			@Nullable LocalDate startDate, @Nullable LocalDate endDate,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ArchiveJointLabInput(@NotBlank String id, long version,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record AddJointLabMemberInput(@NotBlank String id, long version, @NotBlank String organizationId,
			@NotNull JointLabMemberRole role, @Nullable LocalDate joinedOn,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record RemoveJointLabMemberInput(@NotBlank String id, long version, @NotBlank String organizationId,
			@Nullable String idempotencyKey) implements MutationInput {
	}

	record ChangeJointLabStatusInput(@NotBlank String id, long version, @NotNull JointLabStatus status,
			@Nullable String idempotencyKey) implements MutationInput {
	}

}
