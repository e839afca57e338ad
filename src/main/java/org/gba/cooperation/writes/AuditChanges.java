package org.gba.cooperation.writes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code changes} of an audit entry: a JSON array of {@code {"field", "before",
 * "after"}}.
 */
final class AuditChanges {

	private final JsonMapper json;

	private final List<Map<String, @Nullable String>> changes = new ArrayList<>();

	AuditChanges(JsonMapper json) {
		this.json = json;
	}

	void add(String field, @Nullable String before, @Nullable String after) {
		Map<String, @Nullable String> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("before", before);
		change.put("after", after);
		this.changes.add(change);
	}

	String toJson() {
		return this.json.writeValueAsString(this.changes);
	}

}
