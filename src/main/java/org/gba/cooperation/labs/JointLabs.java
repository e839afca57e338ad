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

import org.gba.cooperation.organizations.Involvement;
import org.gba.cooperation.shared.BaseEntity_;
import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ChildRows;
import org.gba.cooperation.shared.jpa.InLists;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	JointLabs(VisibleRecords records, ChildRows children, JdbcClient jdbc) {
		this.records = records;
		this.children = children;
		this.jdbc = jdbc;
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
	 * gives the jurisdiction of each member's organisation. Plain SQL: values, not
	 * entities, and Hibernate's translation and row handling cost more than the statement
	 * (BENCHMARKS.md, "Profile").
	 */
	Map<Long, List<Jurisdiction>> memberJurisdictionsByLab(Collection<Long> labIds) {
		if (labIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<Jurisdiction>> result = new HashMap<>();
		this.jdbc
			.sql("select distinct m.joint_lab_id, " + Involvement.jurisdictionSql("m.organization_id")
					+ " from joint_lab_member m where m.joint_lab_id in (:labs)")
			.param("labs", InLists.padded(labIds))
			.query((row) -> {
				result.computeIfAbsent(row.getLong(1), (id) -> EnumSet.noneOf(Jurisdiction.class))
					.add(Jurisdiction.valueOf(row.getString(2)));
			});
		return result.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> List.copyOf(entry.getValue())));
	}

}
