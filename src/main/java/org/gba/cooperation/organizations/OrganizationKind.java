package org.gba.cooperation.organizations;

/** The kind of an organisation. */
public enum OrganizationKind {

	UNIVERSITY, ENTERPRISE, RESEARCH_INSTITUTE, GOVERNMENT_BODY, INDUSTRY_ASSOCIATION

}
