package org.gba.cooperation.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.gba.cooperation.bench.data.Vocabulary.Term;
import org.gba.cooperation.shared.LocalizedText;
import org.gba.cooperation.shared.NameSortKeys;
import org.jspecify.annotations.Nullable;

/**
 * What the generators of every domain draw alike: days, skewed sizes and amounts,
 * currencies and phone numbers by jurisdiction, and the fixed day statuses are decided
 * against. Jurisdictions are indices into {@link ReferenceData#JURISDICTIONS}.
 */
final class Draws {

	/**
	 * The day statuses are decided against (which records are past, running or upcoming).
	 */
	static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

	/** The first day of generated records. */
	static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

	private Draws() {
	}

	/** A day between the two, uniformly or (growing) more often toward the later one. */
	static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to, boolean growing) {
		long days = ChronoUnit.DAYS.between(from, to);
		double u = random.nextDouble();
		return from.plusDays((long) (days * (growing ? Math.sqrt(u) : u)));
	}

	static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** The creation and update time of a record made on that day. */
	static LocalDateTime stamp(LocalDate day) {
		return day.atTime(9, 30);
	}

	/**
	 * Hong Kong and Macao partners sometimes write Traditional Chinese only: the
	 * Simplified is then marked converted.
	 */
	static @Nullable String machineMark(SplittableRandom random, int jurisdiction) {
		return (jurisdiction != 0 && random.nextInt(10) == 0) ? "ZH_HANS" : null;
	}

	/**
	 * The sort keys of a generated name (its Portuguese, if any, given apart), as the
	 * entity makes them ({@code name_sort_zh_hant}, {@code _zh_hans}, {@code _en},
	 * {@code _pt}).
	 */
	static NameSortKeys sortKeys(Term name, @Nullable String pt) {
		return NameSortKeys.of(new LocalizedText(name.hant(), name.hans(), name.en(), pt));
	}

	static String currency(SplittableRandom random, int jurisdiction) {
		return switch (jurisdiction) {
			case 0 -> choose(random, new String[] { "CNY", "USD" }, 90, 10);
			case 1 -> choose(random, new String[] { "HKD", "USD", "CNY" }, 75, 20, 5);
			default -> choose(random, new String[] { "MOP", "HKD" }, 70, 30);
		};
	}

	/**
	 * An amount worth about {@code cny} yuan in the currency, in whole thousands, at
	 * least 10,000.
	 */
	static BigDecimal amount(double cny, String currency) {
		double perYuan = switch (currency) {
			case "HKD" -> 1.1;
			case "MOP" -> 1.13;
			case "USD" -> 0.14;
			default -> 1.0;
		};
		long thousands = Math.max(10, Math.min(1_000_000_000_000L, Math.round(cny * perYuan / 1000)));
		return BigDecimal.valueOf(thousands * 1000).setScale(2);
	}

	static String phone(SplittableRandom random, int jurisdiction) {
		return switch (jurisdiction) {
			case 0 -> "+86 13" + random.nextInt(10) + " " + (1000 + random.nextInt(9000)) + " "
					+ (1000 + random.nextInt(9000));
			case 1 -> "+852 5" + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
			default -> "+853 6" + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
		};
	}

	/** Up to {@code count} distinct indices below {@code bound}. */
	static int[] distinct(SplittableRandom random, int count, int bound) {
		Set<Integer> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(count, bound)) {
			chosen.add(random.nextInt(bound));
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/** A size from a Pareto distribution, capped: few large, many small. */
	static double pareto(SplittableRandom random, double alpha, double cap) {
		return Math.min(cap, 1 / Math.pow(1 - random.nextDouble(), 1 / alpha));
	}

	static double logNormal(SplittableRandom random, double mu, double sigma) {
		return Math.exp(mu + sigma * random.nextGaussian());
	}

	/**
	 * {@code x} rounded down or up, up with the probability of its fraction: sums keep
	 * their expected value.
	 */
	static int stochasticRound(SplittableRandom random, double x) {
		int floor = (int) Math.floor(x);
		return floor + ((random.nextDouble() < x - floor) ? 1 : 0);
	}

	static <T> T pick(List<T> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	/** One of the values, by integer weight. */
	static String choose(SplittableRandom random, String[] values, int... weights) {
		int total = Arrays.stream(weights).sum();
		int r = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

}
