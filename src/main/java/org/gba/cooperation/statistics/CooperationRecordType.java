package org.gba.cooperation.statistics;

/**
 * The GraphQL enum {@code CooperationRecordType}: the records that bring jurisdictions
 * together.
 */
public enum CooperationRecordType {

	JOINT_LAB, PROJECT

}
