package org.gba.cooperation.labs;

import java.util.Collection;
import java.util.List;

import org.gba.cooperation.shared.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointLabRepository extends JpaRepository<JointLab, Long> {

	@Query("""
			select m from JointLabMember m
			where m.jointLabId in :labIds
			order by m.jointLabId, m.id""")
	List<JointLabMember> findMembers(Collection<Long> labIds);

	/** Which jurisdictions each lab's members come from: one row per lab and jurisdiction. */
	@Query("""
			select distinct m.jointLabId as labId, o.jurisdiction as jurisdiction
			from JointLabMember m join org.gba.cooperation.organizations.Organization o on o.id = m.organizationId
			where m.jointLabId in :labIds""")
	List<LabJurisdiction> findMemberJurisdictions(Collection<Long> labIds);

	interface LabJurisdiction {

		Long getLabId();

		Jurisdiction getJurisdiction();

	}

}
