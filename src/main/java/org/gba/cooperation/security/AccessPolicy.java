package org.gba.cooperation.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;

import org.gba.cooperation.events.Deal;
import org.gba.cooperation.events.Deal_;
import org.gba.cooperation.events.EventOrganizer_;
import org.gba.cooperation.events.EventRegistration_;
import org.gba.cooperation.events.InvestmentEvent;
import org.gba.cooperation.events.InvestmentEventStatus;
import org.gba.cooperation.events.InvestmentEvent_;
import org.gba.cooperation.labs.JointLab;
import org.gba.cooperation.labs.JointLabMember_;
import org.gba.cooperation.labs.JointLabStatus;
import org.gba.cooperation.labs.JointLab_;
import org.gba.cooperation.money.ExchangeRate;
import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.organizations.Organization;
import org.gba.cooperation.organizations.Organization_;
import org.gba.cooperation.people.Person;
import org.gba.cooperation.people.Person_;
import org.gba.cooperation.projects.CrossBorderProject;
import org.gba.cooperation.projects.CrossBorderProjectStatus;
import org.gba.cooperation.projects.CrossBorderProject_;
import org.gba.cooperation.projects.Investment;
import org.gba.cooperation.projects.Investment_;
import org.gba.cooperation.projects.Milestone;
import org.gba.cooperation.projects.Milestone_;
import org.gba.cooperation.projects.ProjectParticipant_;
import org.gba.cooperation.reference.City;
import org.gba.cooperation.reference.Sector;
import org.gba.cooperation.shared.ArchivableEntity;
import org.gba.cooperation.shared.ArchivableEntity_;
import org.gba.cooperation.shared.BaseEntity;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.Caller;
import org.gba.cooperation.shared.access.Role;
import org.gba.cooperation.shared.paging.Conditions;
import org.gba.cooperation.shared.paging.Filter;
import org.gba.cooperation.shared.search.SearchFields;
import org.gba.cooperation.shared.search.SearchFilter;
import org.gba.cooperation.talent.TalentArrangement;
import org.gba.cooperation.talent.TalentArrangementStatus;
import org.gba.cooperation.talent.TalentArrangement_;
import org.gba.cooperation.writes.AuditEntry;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.gba.cooperation.shared.jpa.InLists;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The access rules, all in one place. Every read of the API goes through them (see
 * {@link org.gba.cooperation.shared.paging.VisibleRecords}):
 * <ul>
 * <li>anonymous callers see published records only: operating or closed labs, published,
 * cancelled or completed events, approved and later projects, active or ended talent
 * arrangements; all organisations, people (without contact details), cities and
 * sectors;</li>
 * <li>a PARTNER sees, in addition, every record its organisation takes part in (lab
 * member, event organiser or registrant, project participant, arrangement host, or the
 * organisation of the person an arrangement is for), drafts included; and the contact
 * details of the people its organisation hosts through an arrangement that is
 * {@link #HOSTING ACTIVE} and not archived, which only the person's own organisation or a
 * coordinator can make it (see {@link #acceptsArrangementsFor}): nothing a partner writes
 * on its own widens what it may read;</li>
 * <li>an ANALYST sees every record, but no contact details;</li>
 * <li>a COORDINATOR sees everything.</li>
 * </ul>
 * Deals, investments and milestones are visible exactly when their event or project is.
 * Archived records are visible to coordinators only.
 * <p>
 * Statistics ({@link #aggregable}): analysts and coordinators aggregate every current
 * record; anonymous callers and partners only the published ones, the records anyone may
 * list, so that a count or a sum never reveals a draft or a partner's private record.
 * Archived records are counted by no one.
 * <p>
 * Writes: a coordinator changes everything; a partner what its organisation takes part in
 * (its own organisation; the people it employs; labs it is a member of; events it
 * organises; projects it participates in; arrangements it hosts); analysts and anonymous
 * callers nothing. A host changes its arrangements, but not the people they are for: a
 * person is maintained by its own organisation. Exchange rates, which everyone reads, are
 * set by coordinators only.
 */
@Component
class AccessPolicy implements AccessRules {

	static final Set<JointLabStatus> PUBLIC_LAB_STATUSES = EnumSet.of(JointLabStatus.OPERATING, JointLabStatus.CLOSED);

	static final Set<InvestmentEventStatus> PUBLIC_EVENT_STATUSES = EnumSet.of(InvestmentEventStatus.PUBLISHED,
			InvestmentEventStatus.CANCELLED, InvestmentEventStatus.COMPLETED);

	static final Set<CrossBorderProjectStatus> PUBLIC_PROJECT_STATUSES = EnumSet.of(CrossBorderProjectStatus.APPROVED,
			CrossBorderProjectStatus.IN_PROGRESS, CrossBorderProjectStatus.SUSPENDED,
			CrossBorderProjectStatus.COMPLETED);

	static final Set<TalentArrangementStatus> PUBLIC_ARRANGEMENT_STATUSES = EnumSet.of(TalentArrangementStatus.ACTIVE,
			TalentArrangementStatus.ENDED);

	/**
	 * The status in which an arrangement opens its person's contact details to its host.
	 * Only the person's own organisation or a coordinator moves an arrangement there (a
	 * partner's proposal alone opens nothing), and ending, cancelling or archiving it
	 * closes them again.
	 */
	static final TalentArrangementStatus HOSTING = TalentArrangementStatus.ACTIVE;

	/** The published statuses of each type that has drafts. */
	private static final Map<Class<?>, Set<? extends Enum<?>>> PUBLISHED = Map.of(JointLab.class, PUBLIC_LAB_STATUSES,
			InvestmentEvent.class, PUBLIC_EVENT_STATUSES, CrossBorderProject.class, PUBLIC_PROJECT_STATUSES,
			TalentArrangement.class, PUBLIC_ARRANGEMENT_STATUSES);

	/**
	 * Whom the statistics of analysts and coordinators count as: an analyst, who reads
	 * all but archived records.
	 */
	private static final Caller STATISTICS_READER = new Caller("statistics", Set.of(Role.ANALYST), null);

	private final EntityManager entityManager;

	/** The row rule of each entity type, for a given caller. */
	private final Map<Class<?>, Function<Caller, Filter<?>>> rules = new HashMap<>();

	/**
	 * What a partner may change of each entity type: what its organisation takes part in.
	 */
	private final Map<Class<?>, Involved<?>> involvement = new HashMap<>();

	AccessPolicy(EntityManager entityManager) {
		this.entityManager = entityManager;
		involved(Organization.class,
				(where, organization) -> where.builder().equal(where.root().get(Organization_.id), organization));
		involved(Person.class,
				(where, organization) -> where.builder().equal(where.root().get(Person_.affiliationId), organization));
		involved(JointLab.class, (where, organization) -> Involvement.of(where, JointLabMember_.jointLabId,
				JointLabMember_.organizationId, organization));
		involved(InvestmentEvent.class, (where, organization) -> Involvement.of(where, EventOrganizer_.eventId,
				EventOrganizer_.organizationId, organization));
		involved(CrossBorderProject.class, (where, organization) -> Involvement.of(where, ProjectParticipant_.projectId,
				ProjectParticipant_.organizationId, organization));
		involved(TalentArrangement.class, (where, organization) -> where.builder()
			.equal(where.root().get(TalentArrangement_.hostOrganizationId), organization));
		// Exchange rates concern no organisation in particular: no partner changes them.
		involved(ExchangeRate.class, (where, organization) -> where.builder().disjunction());

		open(Organization.class, Person.class, City.class, Sector.class, ExchangeRate.class);
		rule(JointLab.class, (caller) -> publishedOrInvolved(caller, JointLab_.status, PUBLIC_LAB_STATUSES,
				involvedIn(JointLab.class)));
		// An event is also visible to the organisations registered for it, which may not
		// change it.
		rule(InvestmentEvent.class,
				(caller) -> publishedOrInvolved(caller, InvestmentEvent_.status, PUBLIC_EVENT_STATUSES,
						(where, organization) -> where.builder()
							.or(involvedIn(InvestmentEvent.class).of(where, organization), Involvement.of(where,
									EventRegistration_.eventId, EventRegistration_.organizationId, organization))));
		rule(CrossBorderProject.class, (caller) -> publishedOrInvolved(caller, CrossBorderProject_.status,
				PUBLIC_PROJECT_STATUSES, involvedIn(CrossBorderProject.class)));
		// An arrangement is also visible to the person's own organisation, which accepts
		// (starts) it.
		rule(TalentArrangement.class,
				(caller) -> publishedOrInvolved(caller, TalentArrangement_.status, PUBLIC_ARRANGEMENT_STATUSES,
						(where, organization) -> where.builder()
							.or(involvedIn(TalentArrangement.class).of(where, organization),
									employs(where, where.root().get(TalentArrangement_.personId), organization))));
		rule(AuditEntry.class, (caller) -> readsEverything(caller) ? Filter.none()
				: (where) -> where.add(where.builder().disjunction()));
		rule(Deal.class, (caller) -> parentVisible(caller, InvestmentEvent.class, Deal_.eventId));
		rule(Investment.class, (caller) -> parentVisible(caller, CrossBorderProject.class, Investment_.projectId));
		rule(Milestone.class, (caller) -> parentVisible(caller, CrossBorderProject.class, Milestone_.projectId));
	}

	@Override
	public Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			return TokenClaims.caller(token.getToken());
		}
		return Caller.ANONYMOUS;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends BaseEntity> Filter<T> visible(Class<T> entityType) {
		return visibleTo(caller(), entityType);
	}

	@Override
	public <T extends BaseEntity> Filter<T> aggregable(Class<T> entityType) {
		Caller caller = caller();
		// What an analyst may list (all but archived records), or what anyone may list.
		Caller countedAs = readsEverything(caller) ? STATISTICS_READER : Caller.ANONYMOUS;
		return visibleTo(countedAs, entityType);
	}

	/**
	 * The same rules in the search engine: published statuses, or the caller's
	 * organisation among those taking part ({@link SearchFields#ORGANIZATIONS}, indexed
	 * as {@link #involvement} counts them), and no archived record but for coordinators.
	 */
	@Override
	public SearchFilter searchable(Class<? extends BaseEntity> entityType) {
		Caller caller = caller();
		SearchFilter current = caller.has(Role.COORDINATOR) ? SearchFilter.none()
				: (where) -> where.equal(SearchFields.ARCHIVED, false);
		if (entityType == Organization.class || entityType == Person.class) {
			return current;
		}
		Set<? extends Enum<?>> published = PUBLISHED.get(entityType);
		if (published == null) {
			throw new IllegalStateException("No search rule for " + entityType.getName());
		}
		if (readsEverything(caller)) {
			return current;
		}
		Long organization = caller.has(Role.PARTNER) ? caller.organizationId() : null;
		return current.and((where) -> {
			SearchPredicateFactory f = where.factory();
			PredicateFinalStep isPublished = f.terms().field(SearchFields.STATUS).matchingAny(published);
			where.add((organization != null)
					? f.or(isPublished, f.match().field(SearchFields.ORGANIZATIONS).matching(organization))
					: isPublished);
		});
	}

	@Override
	public SearchFilter aggregableInIndex(Class<? extends BaseEntity> entityType) {
		Set<? extends Enum<?>> published = PUBLISHED.get(entityType);
		if (published == null) {
			throw new IllegalStateException("No statistics rule for " + entityType.getName());
		}
		SearchFilter current = (where) -> where.equal(SearchFields.ARCHIVED, false);
		return readsEverything(caller()) ? current : current.and((where) -> where.in(SearchFields.STATUS, published));
	}

	@Override
	public <T extends BaseEntity> Filter<T> referable(Class<T> entityType) {
		return rule(caller(), entityType);
	}

	/**
	 * The rule of an entity type for a caller, archived records hidden from all but
	 * coordinators.
	 */
	private <T extends BaseEntity> Filter<T> visibleTo(Caller caller, Class<T> entityType) {
		Filter<T> visible = rule(caller, entityType);
		return caller.has(Role.COORDINATOR) ? visible : visible.and(notArchived(entityType));
	}

	/** The entity type's own rule for the caller, archived records included. */
	@SuppressWarnings("unchecked")
	private <T extends BaseEntity> Filter<T> rule(Caller caller, Class<T> entityType) {
		Function<Caller, Filter<?>> rule = this.rules.get(entityType);
		if (rule == null) {
			throw new IllegalStateException("No access rule for " + entityType.getName());
		}
		return (Filter<T>) rule.apply(caller);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends BaseEntity> Filter<T> changeable(Class<T> entityType) {
		Caller caller = caller();
		if (caller.has(Role.COORDINATOR)) {
			return Filter.none();
		}
		Involved<T> involved = (Involved<T>) this.involvement.get(entityType);
		if (involved == null) {
			throw new IllegalStateException("No write rule for " + entityType.getName());
		}
		Long organization = caller.has(Role.PARTNER) ? caller.organizationId() : null;
		if (organization == null) {
			return (where) -> where.add(where.builder().disjunction());
		}
		return (where) -> where.add(involved.of(where, where.builder().literal(organization)));
	}

	/** Archived records are for coordinators' eyes only. */
	private static <T extends BaseEntity> Filter<T> notArchived(Class<T> entityType) {
		if (!ArchivableEntity.class.isAssignableFrom(entityType)) {
			return Filter.none();
		}
		return (where) -> where.add(where.builder().isNull(archivable(where.root()).get(ArchivableEntity_.archivedAt)));
	}

	/**
	 * The root of an archivable entity's query, typed as such (the caller checked the
	 * entity type).
	 */
	@SuppressWarnings("unchecked")
	private static Root<? extends ArchivableEntity> archivable(Root<? extends BaseEntity> root) {
		return (Root<? extends ArchivableEntity>) root;
	}

	@Override
	public Set<Long> contactDetailsReadable(Collection<Long> personIds) {
		Caller caller = caller();
		if (caller.has(Role.COORDINATOR)) {
			return new HashSet<>(personIds);
		}
		if (!caller.has(Role.PARTNER) || caller.organizationId() == null || personIds.isEmpty()) {
			return Set.of();
		}
		// The people of these that the caller's organisation hosts through a current
		// arrangement.
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<TalentArrangement> arrangement = query.from(TalentArrangement.class);
		query.select(arrangement.get(TalentArrangement_.personId))
			.distinct(true)
			.where(arrangement.get(TalentArrangement_.personId).in(InLists.padded(personIds)),
					cb.equal(arrangement.get(TalentArrangement_.hostOrganizationId), caller.organizationId()),
					cb.equal(arrangement.get(TalentArrangement_.status), HOSTING),
					cb.isNull(arrangement.get(TalentArrangement_.archivedAt)));
		return new HashSet<>(this.entityManager.createQuery(query).getResultList());
	}

	@Override
	public boolean acceptsArrangementsFor(@Nullable Long personAffiliationId) {
		Caller caller = caller();
		if (caller.has(Role.COORDINATOR)) {
			return true;
		}
		return caller.has(Role.PARTNER) && caller.organizationId() != null
				&& caller.organizationId().equals(personAffiliationId);
	}

	@Override
	public boolean maintainsExchangeRates() {
		return caller().has(Role.COORDINATOR);
	}

	private static boolean readsEverything(Caller caller) {
		return caller.has(Role.ANALYST) || caller.has(Role.COORDINATOR);
	}

	private void open(Class<?>... types) {
		for (Class<?> type : types) {
			this.rules.put(type, (caller) -> Filter.none());
		}
	}

	private <T extends BaseEntity> void rule(Class<T> type, Function<Caller, Filter<T>> rule) {
		this.rules.put(type, rule::apply);
	}

	private <T extends BaseEntity> void involved(Class<T> type, Involved<T> involved) {
		this.involvement.put(type, involved);
	}

	@SuppressWarnings("unchecked")
	private <T extends BaseEntity> Involved<T> involvedIn(Class<T> type) {
		return (Involved<T>) this.involvement.get(type);
	}

	/** The person with this ID is affiliated to the organisation (employed by it). */
	private static Predicate employs(Conditions<?> where, Expression<Long> personId, Expression<Long> organization) {
		CriteriaBuilder cb = where.builder();
		Subquery<Long> person = where.subquery(Long.class);
		Root<Person> p = person.from(Person.class);
		person.select(p.get(Person_.id))
			.where(cb.equal(p.get(Person_.id), personId), cb.equal(p.get(Person_.affiliationId), organization));
		return cb.exists(person);
	}

	/**
	 * Published records for everyone; for a partner also those its organisation takes
	 * part in; for analysts and coordinators all.
	 */
	private static <T extends BaseEntity, S extends Enum<S>> Filter<T> publishedOrInvolved(Caller caller,
			SingularAttribute<? super T, S> status, Set<S> published, Involved<T> involved) {
		if (readsEverything(caller)) {
			return Filter.none();
		}
		Long organization = caller.has(Role.PARTNER) ? caller.organizationId() : null;
		return (where) -> {
			Predicate isPublished = where.root().get(status).in(published);
			where.add((organization != null)
					? where.builder().or(isPublished, involved.of(where, where.builder().literal(organization)))
					: isPublished);
		};
	}

	/**
	 * A child record (a deal, an investment, a milestone) is visible exactly when its
	 * parent is.
	 */
	private <T extends BaseEntity, P extends BaseEntity> Filter<T> parentVisible(Caller caller, Class<P> parentType,
			SingularAttribute<? super T, Long> parentId) {
		if (readsEverything(caller)) {
			return Filter.none();
		}
		Filter<P> parentRule = visibleTo(caller, parentType);
		return (where) -> {
			CriteriaBuilder cb = where.builder();
			Subquery<Long> parent = where.subquery(Long.class);
			Root<P> p = parent.from(parentType);
			Predicate sameParent = cb.equal(p.get(BaseEntity_.id), where.root().get(parentId));
			parent.select(p.get(BaseEntity_.id)).where(cb.and(sameParent, cb.and(where.of(parent, p, parentRule))));
			where.add(cb.exists(parent));
		};
	}

	/** How a record involves an organisation, as a predicate on the record's root. */
	@FunctionalInterface
	private interface Involved<T extends BaseEntity> {

		Predicate of(Conditions<T> where, Expression<Long> organizationId);

	}

}
