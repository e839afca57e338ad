package org.gba.cooperation.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application executes, on every thread (requests run on the server's
 * threads, not the test's). The suite runs one request at a time, so a reset before a request and a
 * read after it give that request's statements.
 */
public class StatementCounter implements QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		this.count.addAndGet(queryInfoList.size());
	}

	public void reset() {
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
	}

}
