package org.gba.cooperation.writes;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a string as its UTF-8 bytes in a {@code VARBINARY} column, so that the database
 * compares it byte for byte. Idempotency keys and token subjects are opaque:
 * {@code Key-1} and {@code key-1}, or {@code casetester} and {@code CaseTester}, are
 * different keys and different callers, whatever the collation of the server (MariaDB's
 * and MySQL's default collations ignore case and accents, and the embedded H2 runs with
 * {@code IGNORECASE=TRUE}).
 */
@Converter
class OpaqueBytes implements AttributeConverter<String, byte[]> {

	@Override
	public byte[] convertToDatabaseColumn(String attribute) {
		return attribute.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String convertToEntityAttribute(byte[] column) {
		return new String(column, StandardCharsets.UTF_8);
	}

}
