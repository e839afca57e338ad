package org.gba.cooperation.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application executes, on every thread (requests run on
 * the server's threads, not the test's). The suite runs one request at a time, so a reset
 * before a request and a read after it give that request's statements. The instance's own
 * background bookkeeping, which runs whenever its timers say (the bulk exports' heartbeat
 * and recovery, Hibernate Search's outbox agent with OpenSearch), is not counted: it
 * belongs to no request.
 */
public class StatementCounter implements QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	private final List<String> recent = new CopyOnWriteArrayList<>();

	private final List<Executed> executed = new CopyOnWriteArrayList<>();

	/**
	 * One statement as executed: its SQL and the parameter values of its first (or only)
	 * run.
	 */
	public record Executed(String sql, List<Object> parameters) {
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		List<QueryInfo> requests = queryInfoList.stream().filter((query) -> !isBackground(query.getQuery())).toList();
		this.count.addAndGet(requests.size());
		requests.forEach((query) -> {
			this.recent.add(query.getQuery());
			List<Object> parameters = new ArrayList<>();
			if (!query.getParametersList().isEmpty()) {
				query.getParametersList()
					.get(0)
					.stream()
					.sorted(Comparator.comparingInt((ParameterSetOperation set) -> (Integer) set.getArgs()[0]))
					.forEach((set) -> parameters.add(set.getArgs()[1]));
			}
			this.executed.add(new Executed(query.getQuery(), parameters));
		});
	}

	private static boolean isBackground(String sql) {
		return sql.contains("bulk_export") || sql.contains("hsearch_");
	}

	public void reset() {
		this.count.set(0);
		this.recent.clear();
		this.executed.clear();
	}

	public long count() {
		return this.count.get();
	}

	/**
	 * The statements executed since the last reset, with their parameters (e.g. to
	 * EXPLAIN one again).
	 */
	public List<Executed> executed() {
		return List.copyOf(this.executed);
	}

	/**
	 * The statements counted since the last reset, one a line, to explain a count in a
	 * failure message.
	 */
	public String statements() {
		return String.join("\n", this.recent);
	}

}
