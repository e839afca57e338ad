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

import org.gba.cooperation.shared.Jurisdiction;
import org.gba.cooperation.shared.jpa.ReadOnlyQueries;
import org.gba.cooperation.shared.paging.VisibleRecords;
import org.springframework.stereotype.Service;

/** The public API of this module: joint labs by ID, in batches and in pages, with their members. */
@Service
@ReadOnlyQueries
public class JointLabs {

	private final JointLabRepository repository;

	private final VisibleRecords records;

	JointLabs(JointLabRepository repository, VisibleRecords records) {
		this.repository = repository;
		this.records = records;
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
		// Lead first: the role enum's declared order, not the alphabetical order of its stored names.
		return this.repository.findMembers(labIds)
			.stream()
			.sorted(Comparator.comparing(JointLabMember::getRole).thenComparing(JointLabMember::getId))
			.collect(Collectors.groupingBy(JointLabMember::getJointLabId));
	}

	/** The jurisdictions of each lab's members, in one statement. */
	Map<Long, List<Jurisdiction>> memberJurisdictionsByLab(Collection<Long> labIds) {
		Map<Long, Set<Jurisdiction>> result = new HashMap<>();
		for (JointLabRepository.LabJurisdiction row : this.repository.findMemberJurisdictions(labIds)) {
			result.computeIfAbsent(row.getLabId(), (id) -> EnumSet.noneOf(Jurisdiction.class)).add(row.getJurisdiction());
		}
		return result.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> List.copyOf(entry.getValue())));
	}

}
