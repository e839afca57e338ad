package org.gba.cooperation.exports;

/** Where an export stands: the GraphQL enum {@code BulkExportStatus}. */
enum ExportStatus {

	CREATED, RUNNING, COMPLETED, FAILED, CANCELED

}
