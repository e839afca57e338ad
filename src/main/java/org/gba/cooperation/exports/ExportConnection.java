package org.gba.cooperation.exports;

import java.util.List;

import org.gba.cooperation.shared.paging.Edge;
import org.gba.cooperation.shared.paging.PageInfo;

/**
 * A page of a caller's exports, newest first: the GraphQL type
 * {@code BulkExportConnection}. The cursor of an export is its ID. (The name ends in
 * "Connection" so that Spring for GraphQL passes it through unchanged.)
 */
final class ExportConnection {

	private final List<Edge<ExportView>> edges;

	private final PageInfo pageInfo;

	private final long totalCount;

	private ExportConnection(List<Edge<ExportView>> edges, PageInfo pageInfo, long totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	static ExportConnection of(List<ExportView> exports, boolean hasNextPage, long totalCount) {
		List<Edge<ExportView>> edges = exports.stream().map((export) -> new Edge<>(export.id(), export)).toList();
		PageInfo pageInfo = new PageInfo(hasNextPage, false, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new ExportConnection(edges, pageInfo, totalCount);
	}

	public List<Edge<ExportView>> getEdges() {
		return this.edges;
	}

	public List<ExportView> getNodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public PageInfo getPageInfo() {
		return this.pageInfo;
	}

	public long getTotalCount() {
		return this.totalCount;
	}

}
