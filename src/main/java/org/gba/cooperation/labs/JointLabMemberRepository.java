package org.gba.cooperation.labs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JointLabMemberRepository extends JpaRepository<JointLabMember, Long> {

	List<JointLabMember> findByJointLabIdOrderById(long jointLabId);

}
