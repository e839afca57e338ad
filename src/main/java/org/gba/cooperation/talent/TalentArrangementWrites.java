package org.gba.cooperation.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.labs.JointLabs;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organizations;
import org.gba.cooperation.people.People;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.projects.CrossBorderProjects;
import org.gba.cooperation.shared.GlobalId;
import org.gba.cooperation.shared.LocalizedMessage;
import org.gba.cooperation.shared.access.AccessRefusedException;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.talent.TalentArrangementInputs.ArchiveTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.CreateTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.EndTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.ExtendTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.StartTalentArrangementInput;
import org.gba.cooperation.talent.TalentArrangementInputs.UpdateTalentArrangementInput;
import org.gba.cooperation.writes.Mutations;
import org.gba.cooperation.writes.Payload;
import org.gba.cooperation.writes.TextInput;
import org.gba.cooperation.writes.UserErrorCode;
import org.gba.cooperation.writes.UserErrorException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The talent arrangement mutations and their domain rules: a partner proposes talent
 * arrangements only for its own organisation as host, and the person's own organisation
 * (or a coordinator) accepts them; no new arrangement for an archived person; the joint
 * lab and project named must be ones the caller sees; dates stay in order; statuses move
 * along {@link TalentArrangementStatus#next()}, and only an ACTIVE arrangement is
 * extended.
 */
@Service
class TalentArrangementWrites {

	private final Mutations mutations;

	private final People people;

	private final Organizations organizations;

	private final JointLabs jointLabs;

	private final CrossBorderProjects projects;

	private final AccessRules accessRules;

	private final Clock clock;

	TalentArrangementWrites(Mutations mutations, People people, Organizations organizations, JointLabs jointLabs,
			CrossBorderProjects projects, AccessRules accessRules, Clock clock) {
		this.mutations = mutations;
		this.accessRules = accessRules;
		this.people = people;
		this.organizations = organizations;
		this.jointLabs = jointLabs;
		this.projects = projects;
		this.clock = clock;
	}

	Payload<TalentArrangement> create(CreateTalentArrangementInput input) {
		return this.mutations.create(input, TalentArrangement.class, () -> {
			long hostId = host(this.mutations.writer(), input.hostOrganizationId());
			long personId = person(input.personId());
			Long jointLabId = (input.jointLabId() != null) ? jointLab(input.jointLabId()) : null;
			Long projectId = (input.projectId() != null) ? project(input.projectId()) : null;
			requireInOrder(input.startDate(), input.endDate(), "endDate");
			return new TalentArrangement(personId, hostId, jointLabId, projectId, input.mode(), input.category(),
					input.startDate(), input.endDate(), TextInput.toText(input.descriptions()));
		}, (arrangement) -> {
		}, this::state);
	}

	Payload<TalentArrangement> update(UpdateTalentArrangementInput input) {
		return this.mutations.change(input, TalentArrangement.class, input.id(), input.version(), this::state,
				(arrangement) -> {
					arrangement.changeTerms((input.mode() != null) ? input.mode() : arrangement.getMode(),
							(input.category() != null) ? input.category() : arrangement.getCategory());
					arrangement.placeIn(
							(input.jointLabId() != null) ? jointLab(input.jointLabId()) : arrangement.getJointLabId(),
							(input.projectId() != null) ? project(input.projectId()) : arrangement.getProjectId());
					if (input.descriptions() != null) {
						arrangement.describe(input.descriptions().toText());
					}
					LocalDate start = (input.startDate() != null) ? input.startDate() : arrangement.getStartDate();
					LocalDate end = (input.endDate() != null) ? input.endDate() : arrangement.getEndDate();
					requireInOrder(start, end, (input.endDate() != null) ? "endDate" : "startDate");
					arrangement.schedule(start, end);
				});
	}

	Payload<TalentArrangement> archive(ArchiveTalentArrangementInput input) {
		return this.mutations.change(input, TalentArrangement.class, input.id(), input.version(), this::state,
				(arrangement) -> arrangement.archive(this.clock.instant()));
	}

	/**
	 * Accepts a proposed arrangement, which opens the person's contact details to the
	 * host: the person's own organisation (its affiliation) or a coordinator does, never
	 * the host alone (unless it is the person's own organisation), so that no partner
	 * widens what it may read by itself.
	 */
	Payload<TalentArrangement> start(StartTalentArrangementInput input) {
		return this.mutations.act(input, TalentArrangement.class, input.id(), input.version(), this::state,
				(arrangement) -> {
					Person person = this.people.byId(List.of(arrangement.getPersonId())).get(arrangement.getPersonId());
					if (person == null || !this.accessRules.acceptsArrangementsFor(person.getAffiliationId())) {
						throw new AccessRefusedException(LocalizedMessage.of("talent.personsSideAccepts"));
					}
					arrangement.changeStatus(move(arrangement, TalentArrangementStatus.ACTIVE));
				});
	}

	/** Moves the agreed end date later; only while the arrangement runs. */
	Payload<TalentArrangement> extend(ExtendTalentArrangementInput input) {
		return this.mutations.change(input, TalentArrangement.class, input.id(), input.version(), this::state,
				(arrangement) -> {
					if (arrangement.getStatus() != TalentArrangementStatus.ACTIVE) {
						throw new UserErrorException(UserErrorCode.INVALID_TRANSITION,
								LocalizedMessage.of("talent.extendOnlyActive", arrangement.getStatus()), "input", "id");
					}
					LocalDate current = arrangement.getEndDate();
					LocalDate after = (current != null && current.isAfter(arrangement.getStartDate())) ? current
							: arrangement.getStartDate();
					if (!input.newEndDate().isAfter(after)) {
						throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
								(current != null)
										? LocalizedMessage.of("talent.newEndDateAfterBoth", input.newEndDate(), current,
												arrangement.getStartDate())
										: LocalizedMessage.of("talent.newEndDateAfterStart", input.newEndDate(),
												arrangement.getStartDate()),
								"input", "newEndDate");
					}
					arrangement.schedule(arrangement.getStartDate(), input.newEndDate());
				});
	}

	Payload<TalentArrangement> end(EndTalentArrangementInput input) {
		return this.mutations.change(input, TalentArrangement.class, input.id(), input.version(), this::state,
				(arrangement) -> {
					TalentArrangementStatus ended = move(arrangement, TalentArrangementStatus.ENDED);
					LocalDate end = (input.endDate() != null) ? input.endDate() : today();
					requireInOrder(arrangement.getStartDate(), end, "endDate");
					arrangement.schedule(arrangement.getStartDate(), end);
					arrangement.changeStatus(ended);
				});
	}

	private static TalentArrangementStatus move(TalentArrangement arrangement, TalentArrangementStatus to) {
		TalentArrangementStatus from = arrangement.getStatus();
		if (!from.next().contains(to)) {
			throw new UserErrorException(UserErrorCode.INVALID_TRANSITION,
					LocalizedMessage.of("talent.invalidTransition", from, to, from.next()), "input", "id");
		}
		return to;
	}

	private static void requireInOrder(LocalDate start, @Nullable LocalDate end, String field) {
		if (end != null && end.isBefore(start)) {
			throw new UserErrorException(UserErrorCode.DATES_OUT_OF_ORDER,
					LocalizedMessage.of("dates.endBeforeStart", end, start), "input", field);
		}
	}

	/**
	 * The host of a new arrangement: a partner arranges talent for its own organisation
	 * only (anything else is refused like any change it may not make); a coordinator for
	 * any organisation.
	 */
	private long host(Caller caller, String hostOrganizationId) {
		long hostId = GlobalId.decode(hostOrganizationId, "Organization");
		if (!caller.has(Role.COORDINATOR)) {
			Long own = caller.organizationId();
			if (own == null || own.longValue() != hostId) {
				throw new AccessRefusedException(LocalizedMessage.of("talent.ownOrganizationOnly"));
			}
		}
		return this.organizations.require(hostOrganizationId, "hostOrganizationId").getId();
	}

	private long person(String id) {
		Person person = this.people.findById(GlobalId.decode(id, "Person"))
			.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND,
					LocalizedMessage.of("person.notFound", id), "input", "personId"));
		if (person.isArchived()) {
			throw new UserErrorException(UserErrorCode.ARCHIVED, LocalizedMessage.of("talent.personArchived"), "input",
					"personId");
		}
		return person.getId();
	}

	/**
	 * The ID of a joint lab the caller sees (boxed, as the arrangement's optional lab).
	 */
	private Long jointLab(String id) {
		JointLab lab = this.jointLabs.findById(GlobalId.decode(id, "JointLab"))
			.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND, LocalizedMessage.of("lab.notFound", id),
					"input", "jointLabId"));
		if (lab.isArchived()) {
			throw new UserErrorException(UserErrorCode.ARCHIVED, LocalizedMessage.of("lab.archived"), "input",
					"jointLabId");
		}
		return lab.getId();
	}

	/**
	 * The ID of a project the caller sees (boxed, as the arrangement's optional project).
	 */
	private Long project(String id) {
		CrossBorderProject project = this.projects.findById(GlobalId.decode(id, "CrossBorderProject"))
			.orElseThrow(() -> new UserErrorException(UserErrorCode.NOT_FOUND,
					LocalizedMessage.of("project.notFound", id), "input", "projectId"));
		if (project.isArchived()) {
			throw new UserErrorException(UserErrorCode.ARCHIVED, LocalizedMessage.of("project.archived"), "input",
					"projectId");
		}
		return project.getId();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static @Nullable String globalId(String type, @Nullable Long id) {
		return (id != null) ? GlobalId.encode(type, id) : null;
	}

	/** What the audit trail records of an arrangement. */
	private Map<String, Object> state(TalentArrangement arrangement) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("person", GlobalId.encode("Person", arrangement.getPersonId()));
		state.put("host", GlobalId.encode("Organization", arrangement.getHostOrganizationId()));
		state.put("jointLab", globalId("JointLab", arrangement.getJointLabId()));
		state.put("project", globalId("CrossBorderProject", arrangement.getProjectId()));
		state.put("mode", arrangement.getMode());
		state.put("category", arrangement.getCategory());
		state.put("status", arrangement.getStatus());
		state.put("startDate", arrangement.getStartDate());
		state.put("endDate", arrangement.getEndDate());
		state.put("descriptions", arrangement.getDescriptions());
		state.put("archivedAt", arrangement.getArchivedAt());
		return state;
	}

}
