package org.gba.cooperation.shared.jpa;

import java.util.function.Supplier;

/**
 * Reads that must see what was just committed, whoever asks: they go to the primary even
 * where reads go to a replica (a subscriber's re-read of the change it is told about,
 * right after its commit).
 */
public final class PrimaryReads {

	private static final ThreadLocal<Boolean> PRIMARY = new ThreadLocal<>();

	private PrimaryReads() {
	}

	/** Runs {@code read} with every connection it takes from the primary. */
	public static <T> T run(Supplier<T> read) {
		Boolean outer = PRIMARY.get();
		PRIMARY.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			if (outer == null) {
				PRIMARY.remove();
			}
		}
	}

	static boolean required() {
		return PRIMARY.get() != null;
	}

}
