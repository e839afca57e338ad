package org.gba.cooperation.people;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organizations;
import org.gba.cooperation.people.PersonInputs.ArchivePersonInput;
import org.gba.cooperation.people.PersonInputs.CreatePersonInput;
import org.gba.cooperation.people.PersonInputs.UpdatePersonInput;
import org.gba.cooperation.reference.ReferenceData;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.writes.Mutations;
import org.gba.cooperation.writes.NameInput;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The person mutations and their domain rules: a partner registers people and changes
 * those its organisation employs or hosts (a partner's new person is affiliated to it
 * unless another affiliation is given); only coordinators archive people. Contact details
 * never enter the audit trail, which analysts read too: it records that they changed, not
 * what they are.
 */
@Service
class PersonWrites {

	/** What the audit trail shows of an e-mail address or a phone number. */
	static final String WITHHELD = "(personal data, not recorded)";

	/**
	 * What the audit trail shows of an e-mail address or a phone number after a change.
	 */
	static final String WITHHELD_CHANGED = "(changed; personal data, not recorded)";

	/**
	 * The {@code person} table keeps names of at most 200 characters (organisations:
	 * 300).
	 */
	static final int MAX_NAME = 200;

	private final Mutations mutations;

	private final Organizations organizations;

	private final ReferenceData referenceData;

	private final Clock clock;

	PersonWrites(Mutations mutations, Organizations organizations, ReferenceData referenceData, Clock clock) {
		this.mutations = mutations;
		this.organizations = organizations;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	Payload<Person> create(CreatePersonInput input) {
		return this.mutations
			.create(input, Person.class, () -> new Person(names(input.names()), NameInput.blankToNull(input.title()),
					NameInput.blankToNull(input.email()), NameInput.blankToNull(input.phone()),
					input.homeJurisdiction(), affiliation(this.mutations.writer(), input.affiliationId()),
					(input.expertiseSectorId() != null)
							? this.referenceData.requireSector(input.expertiseSectorId(), "expertiseSectorId").getId()
							: null),
					(person) -> {
					}, (person) -> state(person, Set.of()));
	}

	Payload<Person> update(UpdatePersonInput input) {
		Set<String> contactChanges = new HashSet<>();
		return this.mutations.change(input, Person.class, input.id(), input.version(),
				(person) -> state(person, contactChanges), (person) -> {
					if (input.names() != null) {
						person.rename(names(input.names()));
					}
					if (input.title() != null) {
						person.giveTitle(NameInput.blankToNull(input.title()));
					}
					if (input.email() != null
							&& !Objects.equals(person.getEmail(), NameInput.blankToNull(input.email()))) {
						person.changeEmail(NameInput.blankToNull(input.email()));
						contactChanges.add("email");
					}
					if (input.phone() != null
							&& !Objects.equals(person.getPhone(), NameInput.blankToNull(input.phone()))) {
						person.changePhone(NameInput.blankToNull(input.phone()));
						contactChanges.add("phone");
					}
					if (input.homeJurisdiction() != null) {
						person.moveHome(input.homeJurisdiction());
					}
					if (input.affiliationId() != null) {
						person.affiliateWith(
								input.affiliationId().isEmpty() ? null : organization(input.affiliationId()));
					}
					if (input.expertiseSectorId() != null) {
						person.assignExpertise(input.expertiseSectorId().isEmpty() ? null
								: this.referenceData.requireSector(input.expertiseSectorId(), "expertiseSectorId")
									.getId());
					}
				});
	}

	Payload<Person> archive(ArchivePersonInput input) {
		if (!this.mutations.writer().has(Role.COORDINATOR)) {
			// Anonymous callers get UNAUTHORIZED from the same exception.
			throw new AccessRefusedException(LocalizedMessage.of("person.coordinatorsArchive"));
		}
		return this.mutations.change(input, Person.class, input.id(), input.version(),
				(person) -> state(person, Set.of()), (person) -> person.archive(this.clock.instant()));
	}

	/**
	 * The affiliation of a new person: the one given, or else, for a partner, its own
	 * organisation, so that the partner may change the person it registered.
	 */
	private @Nullable Long affiliation(Caller caller, @Nullable String affiliationId) {
		if (affiliationId != null) {
			return organization(affiliationId);
		}
		return caller.has(Role.COORDINATOR) ? null : caller.organizationId();
	}

	/** NameInput allows 300 characters, the {@code person} columns 200. */
	private static LocalizedText names(NameInput names) {
		LocalizedText text = names.toText();
		Map<String, @Nullable String> byLanguage = new LinkedHashMap<>();
		byLanguage.put("zhHant", text.zhHant());
		byLanguage.put("zhHans", text.zhHans());
		byLanguage.put("en", text.en());
		byLanguage.put("pt", text.pt());
		byLanguage.forEach((language, name) -> {
			if (name != null && name.codePointCount(0, name.length()) > MAX_NAME) {
				throw new UserErrorException(UserErrorCode.TOO_LONG,
						LocalizedMessage.of("person.nameTooLong", language, MAX_NAME), "input", "names", language);
			}
		});
		return text;
	}

	private long organization(String id) {
		Organization organization = this.organizations.require(id, "affiliationId");
		if (organization.isArchived()) {
			throw new UserErrorException(UserErrorCode.ARCHIVED, LocalizedMessage.of("organization.archived", id),
					"input", "affiliationId");
		}
		return organization.getId();
	}

	/**
	 * What the audit trail records of a person. E-mail and phone are personal data, which
	 * analysts may not read: the trail shows whether there is one and that it changed
	 * ({@code contactChanges} names those the mutation changed), never the value.
	 */
	private Map<String, Object> state(Person person, Set<String> contactChanges) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("names", person.getNames());
		state.put("title", person.getTitle());
		state.put("email", withheld(person.getEmail(), contactChanges.contains("email")));
		state.put("phone", withheld(person.getPhone(), contactChanges.contains("phone")));
		state.put("homeJurisdiction", person.getHomeJurisdiction());
		state.put("affiliation", (person.getAffiliationId() != null)
				? GlobalId.encode("Organization", person.getAffiliationId()) : null);
		state.put("expertise", (person.getExpertiseSectorId() != null)
				? GlobalId.encode("Sector", person.getExpertiseSectorId()) : null);
		state.put("archivedAt", person.getArchivedAt());
		return state;
	}

	private static @Nullable String withheld(@Nullable String value, boolean changed) {
		if (value == null) {
			return null;
		}
		return changed ? WITHHELD_CHANGED : WITHHELD;
	}

}
