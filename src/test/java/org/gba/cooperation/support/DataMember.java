package org.gba.cooperation.support;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members of a JSON response as they stand in its raw text, cut out rather than
 * parsed and written again, so that two responses compare byte for byte (formatting,
 * field order, number and date forms).
 */
public final class DataMember {

	private DataMember() {
	}

	/** The raw text of the top-level member {@code name}; fails when there is none. */
	public static String of(String body, String name) {
		try (JsonParser parser = JsonMapper.shared().createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new AssertionError("Not a JSON object: " + body);
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String member = parser.currentName();
				parser.nextToken();
				int start = (int) parser.currentTokenLocation().getCharOffset();
				parser.skipChildren();
				int end = (int) parser.currentLocation().getCharOffset();
				if (name.equals(member)) {
					return body.substring(start, end);
				}
			}
		}
		throw new AssertionError("No member " + name + " in " + body);
	}

	/** The names of the top-level members, in order. */
	public static List<String> names(String body) {
		List<String> names = new ArrayList<>();
		try (JsonParser parser = JsonMapper.shared().createParser(body)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				names.add(parser.currentName());
				parser.nextToken();
				parser.skipChildren();
			}
		}
		return names;
	}

}
