package org.gba.cooperation.projects;

/** The kind of an investment in a project. */
public enum InvestmentKind {

	EQUITY, GRANT, LOAN, RD_INSURANCE

}
