package org.gba.cooperation.exports;

/** The formats of export files: the GraphQL enum {@code BulkExportFormat}. */
enum ExportFormat {

	/** JSON Lines: one JSON object per node and line. */
	JSONL("jsonl", "application/jsonl"),
	/** CSV (RFC 4180) with a byte order mark, nested fields flattened. */
	CSV("csv", "text/csv");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	/** The media type of the file, without its charset (always UTF-8). */
	String mediaType() {
		return this.mediaType;
	}

}
