package org.gba.cooperation.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one GraphQL request did, filled in as it goes through the interceptors and the
 * engine, for its metrics and its log line: the operation that ran, the caller, the cost,
 * the codes of its errors. Made by the request log for each HTTP request (an attribute of
 * the request), by the interceptor for a GraphQL request over WebSocket, and kept in the
 * GraphQL context too.
 */
final class RequestRecord {

	/** The attribute of the HTTP request that holds it. */
	static final String ATTRIBUTE = RequestRecord.class.getName();

	/** Whether the request reached GraphQL (the other fields are its). */
	volatile boolean graphql;

	volatile @Nullable String operationName;

	volatile @Nullable String operationType;

	volatile @Nullable String subject;

	volatile @Nullable Number requestedCost;

	volatile @Nullable Number actualCost;

	volatile List<String> errorCodes = List.of();

	/** The record of a request begun: the log fills it in as it learns. */
	RequestRecord() {
	}

}
