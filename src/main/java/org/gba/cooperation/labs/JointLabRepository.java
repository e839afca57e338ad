package org.gba.cooperation.labs;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointLabRepository extends JpaRepository<JointLab, Long> {

	@Query("""
			select m from JointLabMember m
			where m.jointLabId in :labIds
			order by m.jointLabId, m.id""")
	List<JointLabMember> findMembers(Collection<Long> labIds);

}
