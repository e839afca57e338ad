package org.gba.cooperation.security;

import org.jspecify.annotations.Nullable;

/**
 * The callers of the access matrix. Partner A is Guangdong University of Technology
 * (GDUT) and partner B is Shantou University (STU): each takes part in non-public labs,
 * projects and talent arrangements the other does not (see {@link AccessTestSupport} for
 * the demo data behind them). Neither organises a draft event, so the two draft events
 * are checked with the partners of their hosts, the provincial Departments of Industry
 * and Information Technology (GD_DIIT) and of Commerce (GD_DOC).
 */
enum Viewer {

	/** No token: the public. */
	ANONYMOUS(null, null),

	/**
	 * Partner A: a PARTNER token of Guangdong University of Technology (organisation 5).
	 */
	GDUT_PARTNER("PARTNER", AccessTestSupport.GDUT),

	/** Partner B: a PARTNER token of Shantou University (organisation 7). */
	STU_PARTNER("PARTNER", AccessTestSupport.STU),

	/**
	 * A PARTNER token of the Department of Industry and Information Technology
	 * (organisation 33), host of draft event 17.
	 */
	GD_DIIT_PARTNER("PARTNER", AccessTestSupport.GD_DIIT),

	/**
	 * A PARTNER token of the Department of Commerce (organisation 35), host of draft
	 * event 18.
	 */
	GD_DOC_PARTNER("PARTNER", AccessTestSupport.GD_DOC),

	/** An ANALYST token: reads every record, no contact details. */
	ANALYST("ANALYST", null),

	/** A COORDINATOR token: everything. */
	COORDINATOR("COORDINATOR", null);

	private final @Nullable String role;

	private final @Nullable Long organization;

	Viewer(@Nullable String role, @Nullable Long organization) {
		this.role = role;
		this.organization = organization;
	}

	/** The role of the token, or null for the anonymous caller. */
	@Nullable String role() {
		return this.role;
	}

	/** The database ID of the partner's organisation, or null. */
	@Nullable Long organization() {
		return this.organization;
	}

}
