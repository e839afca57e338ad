package org.gba.cooperation.labs;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gba.cooperation.shared.BaseEntity;

/** A member institution of a joint lab, with its role. */
@Entity
@Table(name = "joint_lab_member")
public class JointLabMember extends BaseEntity {

	@Column(name = "joint_lab_id")
	private long jointLabId;

	@Column(name = "organization_id")
	private long organizationId;

	@Enumerated(EnumType.STRING)
	private JointLabMemberRole role;

	private LocalDate joinedOn;

	protected JointLabMember() {
		this.role = JointLabMemberRole.PARTNER;
		this.joinedOn = LocalDate.EPOCH;
	}

	JointLabMember(long jointLabId, long organizationId, JointLabMemberRole role, LocalDate joinedOn) {
		this.jointLabId = jointLabId;
		this.organizationId = organizationId;
		this.role = role;
		this.joinedOn = joinedOn;
	}

	public long getJointLabId() {
		return this.jointLabId;
	}

	public long getOrganizationId() {
		return this.organizationId;
	}

	public JointLabMemberRole getRole() {
		return this.role;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

}
