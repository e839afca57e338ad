package org.gba.cooperation.labs;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaParameterExpression;
import org.springframework.stereotype.Service;

/**
 * The public API of this module: joint labs by ID, in batches and in pages, with their
 * members.
 */
@Service
@ReadOnlyQueries
public class JointLabs {

	private final VisibleRecords records;

	private final ChildRows children;

	private final EntityManager entityManager;

	JointLabs(VisibleRecords records, ChildRows children, EntityManager entityManager) {
		this.records = records;
		this.children = children;
		this.entityManager = entityManager;
	}

	public Optional<JointLab> findById(long id) {
		return this.records.findById(JointLab.class, id);
	}

	public List<JointLab> findAll(Collection<Long> ids) {
		return this.records.findAll(JointLab.class, ids);
	}

	public Map<Long, JointLab> byId(Collection<Long> ids) {
		return this.records.mapById(JointLab.class, ids);
	}

	/** The members of each lab, lead first, in one statement. */
	Map<Long, List<JointLabMember>> membersByLab(Collection<Long> labIds) {
		// Lead first: the role enum's declared order, not the alphabetical order of its
		// stored names.
		return this.children.of(JointLabMember.class, JointLabMember_.jointLabId, labIds, List.of(BaseEntity_.id))
			.stream()
			.sorted(Comparator.comparing(JointLabMember::getRole).thenComparing(JointLabMember::getId))
			.collect(Collectors.groupingBy(JointLabMember::getJointLabId));
	}

	/**
	 * The jurisdictions of each lab's members, in one statement; the organisations module
	 * gives the jurisdiction of each member's organisation.
	 */
	Map<Long, List<Jurisdiction>> memberJurisdictionsByLab(Collection<Long> labIds) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<JointLabMember> member = query.from(JointLabMember.class);
		JpaParameterExpression<List<Long>> labs = cb.listParameter(Long.class);
		query
			.multiselect(member.get(JointLabMember_.jointLabId),
					Involvement.jurisdictionOf(query, cb, member.get(JointLabMember_.organizationId)))
			.distinct(true)
			.where(member.get(JointLabMember_.jointLabId).in(labs));
		Map<Long, Set<Jurisdiction>> result = new HashMap<>();
		for (Tuple row : this.entityManager.createQuery(query)
			.setParameter(labs, List.copyOf(labIds))
			.getResultList()) {
			result.computeIfAbsent(row.get(0, Long.class), (id) -> EnumSet.noneOf(Jurisdiction.class))
				.add(row.get(1, Jurisdiction.class));
		}
		return result.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> List.copyOf(entry.getValue())));
	}

}
