package org.gba.cooperation.shared.bulkhead;

/**
 * The kinds of heavy work, each in a compartment of its own, so that one kind cannot take
 * the other's places: a long export never makes statistics wait, nor the reverse.
 */
public enum HeavyWork {

	/**
	 * A heavy GraphQL query: {@code statistics}, a search, or a page whose requested cost
	 * reaches {@code gba.bulkhead.heavy-cost} ({@code gba.bulkhead.*}).
	 */
	QUERY("gba.bulkhead"),

	/** A bulk export's background work ({@code gba.bulkhead.exports.*}). */
	EXPORT("gba.bulkhead.exports");

	private final String properties;

	HeavyWork(String properties) {
		this.properties = properties;
	}

	/** The prefix of the properties that size this kind's compartment. */
	public String properties() {
		return this.properties;
	}

}
