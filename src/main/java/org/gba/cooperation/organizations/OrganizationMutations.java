package org.gba.cooperation.organizations;

import org.gba.cooperation.organizations.OrganizationInputs.ArchiveOrganizationInput;
import org.gba.cooperation.organizations.OrganizationInputs.CreateOrganizationInput;
import org.gba.cooperation.organizations.OrganizationInputs.UpdateOrganizationInput;
import org.gba.cooperation.writes.Payload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The organisation mutations (validation of the inputs happens in {@code Mutations}, into
 * user errors).
 */
@Controller
class OrganizationMutations {

	private final OrganizationWrites writes;

	OrganizationMutations(OrganizationWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	Payload<Organization> createOrganization(@Argument CreateOrganizationInput input) {
		return this.writes.create(input);
	}

	@MutationMapping
	Payload<Organization> updateOrganization(@Argument UpdateOrganizationInput input) {
		return this.writes.update(input);
	}

	@MutationMapping
	Payload<Organization> archiveOrganization(@Argument ArchiveOrganizationInput input) {
		return this.writes.archive(input);
	}

}
