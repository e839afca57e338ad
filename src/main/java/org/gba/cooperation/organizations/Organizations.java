package org.gba.cooperation.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The public API of this module: organisations by ID, in batches, and in pages. */
@Service
@ReadOnlyQueries
public class Organizations {

	private final VisibleRecords records;

	Organizations(VisibleRecords records) {
		this.records = records;
	}

	public Optional<Organization> findById(long id) {
		return this.records.findById(Organization.class, id);
	}

	/**
	 * The organisation a mutation input names by global ID, if the caller may see it; a
	 * user error NOT_FOUND at {@code ["input", field]} otherwise.
	 */
	public Organization require(String id, String field) {
		return findById(GlobalId.decode(id, "Organization"))
			.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND,
					LocalizedMessage.of("organization.notFound", id), "input", field));
	}

	/**
	 * The organisation a new record is made for (its lead, host or organiser): a
	 * partner's own, or the one a coordinator names (none when a coordinator names none).
	 * A partner naming another is a user error INVALID_VALUE at {@code ["input", field]}.
	 */
	public @Nullable Long actingFor(Caller caller, @Nullable String named, String field) {
		if (caller.has(Role.COORDINATOR)) {
			return (named != null) ? require(named, field).getId() : null;
		}
		Long own = caller.organizationId();
		if (named != null && (own == null || GlobalId.decode(named, "Organization") != own.longValue())) {
			throw new UserErrorException(UserErrorCode.INVALID_VALUE,
					LocalizedMessage.of("organization.partnerActsForOwn", field), "input", field);
		}
		return own;
	}

	public List<Organization> findAll(Collection<Long> ids) {
		return this.records.findAll(Organization.class, ids);
	}

	/**
	 * The organisations a record the caller sees refers to, by ID: archived ones
	 * included.
	 */
	public Map<Long, Organization> byId(Collection<Long> ids) {
		return this.records.mapReferencedById(Organization.class, ids);
	}

}
