package org.gba.cooperation.drills;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the application answered to one request, and when ({@link System#nanoTime()}).
 *
 * @param sent when the request was sent
 * @param answered when its answer came (or it failed)
 * @param status the HTTP status; 0 when no answer came
 * @param body the answer's JSON object; empty when it was not one
 * @param raw the answer's text, or why there was none
 */
record Answer(long sent, long answered, int status, Map<String, Object> body, String raw) {

	/** Answered with data and no error. */
	boolean ok() {
		return this.status == 200 && errors().isEmpty() && this.body.get("data") != null;
	}

	/** How long the answer took. */
	Duration took() {
		return Duration.ofNanos(this.answered - this.sent);
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> errors() {
		Object errors = this.body.get("errors");
		return (errors instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	/** The errors' {@code extensions.code}s, in order. */
	List<String> codes() {
		return errors().stream().map((error) -> {
			Object extensions = error.get("extensions");
			return (extensions instanceof Map<?, ?> map) ? String.valueOf(map.get("code")) : "none";
		}).toList();
	}

	/** The errors' messages, in order. */
	List<String> messages() {
		return errors().stream().map((error) -> String.valueOf(error.get("message"))).toList();
	}

	/** The value at a dotted path under {@code data}, or null. */
	@Nullable Object at(String path) {
		Object value = this.body.get("data");
		for (String name : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(name);
		}
		return value;
	}

	@Override
	public String toString() {
		return this.status + " after " + took().toMillis() + " ms: " + Objects.toString(this.raw);
	}

}
