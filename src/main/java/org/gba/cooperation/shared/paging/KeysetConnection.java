package org.gba.cooperation.shared.paging;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * One page of a Relay connection. {@code totalCount} is counted only when a client asks
 * for it. (The name ends in "Connection" so that Spring for GraphQL passes it through
 * unchanged.)
 */
public final class KeysetConnection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	KeysetConnection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	public List<Edge<T>> getEdges() {
		return this.edges;
	}

	public List<T> getNodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public PageInfo getPageInfo() {
		return this.pageInfo;
	}

	/** Counts the matching rows: one statement, run only when this field is selected. */
	public long getTotalCount() {
		return this.totalCount.getAsLong();
	}

}
