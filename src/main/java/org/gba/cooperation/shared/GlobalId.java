package org.gba.cooperation.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one place global IDs are made and read. A global ID is the URL-safe Base64 (no
 * padding) of {@code <GraphQL type name>:<database id>}: opaque to clients, stable across
 * releases, and it tells {@code node(id:)} which type to load.
 *
 * @param typeName the GraphQL object type, e.g. {@code JointLab}
 * @param id the database ID
 */
public record GlobalId(String typeName, long id) {

	private static final Pattern DECODED = Pattern.compile("([A-Z][A-Za-z]{1,63}):([1-9][0-9]{0,17})");

	private static final int MAX_ENCODED_LENGTH = 120;

	public static String encode(String typeName, long id) {
		byte[] raw = (typeName + ":" + id).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	/** Reads any well-formed global ID, whatever its type. */
	public static GlobalId decode(@Nullable String globalId) {
		GlobalId decoded = tryDecode(globalId);
		if (decoded == null) {
			throw new InvalidInputException(LocalizedMessage.of("id.invalid", abbreviate(globalId)));
		}
		return decoded;
	}

	/** Reads a global ID that must be of the given type, and returns its database ID. */
	public static long decode(@Nullable String globalId, String expectedType) {
		GlobalId decoded = decode(globalId);
		if (!decoded.typeName().equals(expectedType)) {
			throw new InvalidInputException(
					LocalizedMessage.of("id.ofAnotherType", abbreviate(globalId), withArticle(decoded.typeName()),
							withArticle(expectedType), typeName(decoded.typeName()), typeName(expectedType)));
		}
		return decoded.id();
	}

	/**
	 * The name of a type in messages: {@code JointLab} in English, 聯合實驗室 in Traditional
	 * Chinese.
	 */
	private static LocalizedMessage typeName(String type) {
		return LocalizedMessage.withDefault("type." + type, type);
	}

	/** Reads a list of global IDs of one type; null stays null (an absent filter). */
	public static @Nullable List<Long> decodeAll(@Nullable Collection<String> globalIds, String expectedType) {
		if (globalIds == null) {
			return null;
		}
		List<Long> ids = new ArrayList<>(globalIds.size());
		for (String globalId : globalIds) {
			ids.add(decode(globalId, expectedType));
		}
		return ids;
	}

	private static @Nullable GlobalId tryDecode(@Nullable String globalId) {
		if (globalId == null || globalId.isEmpty() || globalId.length() > MAX_ENCODED_LENGTH) {
			return null;
		}
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		Matcher matcher = DECODED.matcher(raw);
		if (!matcher.matches()) {
			return null;
		}
		GlobalId decoded = new GlobalId(matcher.group(1), Long.parseLong(matcher.group(2)));
		// Only the canonical spelling is accepted, so that one object never has two IDs.
		return decoded.toString().equals(globalId) ? decoded : null;
	}

	private static String withArticle(String typeName) {
		return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
	}

	static String abbreviate(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		return (value.length() <= 40) ? value : value.substring(0, 40) + "...";
	}

	@Override
	public String toString() {
		return encode(this.typeName, this.id);
	}

}
