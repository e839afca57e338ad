package org.gba.cooperation.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Global IDs as the API writes them: the URL-safe Base64, without padding, of a row named
 * {@code "<type>:<database id>"}, such as {@code "JointLab:30"}.
 */
public final class GlobalIds {

	private GlobalIds() {
	}

	/**
	 * The global ID of a row named {@code "<type>:<database id>"}:
	 * {@code globalId("JointLab:30")}.
	 */
	public static String globalId(String row) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(row.getBytes(StandardCharsets.UTF_8));
	}

	/** The global ID of the row of this type with this database ID. */
	public static String globalId(String typeName, long rowId) {
		return globalId(typeName + ":" + rowId);
	}

	/** The row a global ID stands for: {@code "JointLab:30"}. */
	public static String rowOf(String globalId) {
		return new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
	}

}
