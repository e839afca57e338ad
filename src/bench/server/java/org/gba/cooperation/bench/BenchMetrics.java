package org.gba.cooperation.bench;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * What the benchmark counts inside the application: the SQL statements executed on the
 * application's data source (on every thread, batch loaders included) and the HTTP
 * requests served. The load driver reads both before and after a request, or a run, and
 * divides: statements per request, counted, not guessed.
 */
public class BenchMetrics implements QueryExecutionListener {

	private final LongAdder statements = new LongAdder();

	private final LongAdder requests = new LongAdder();

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		// A batch of one statement run for many parameter sets is one statement (one
		// round trip).
		this.statements.add(queryInfoList.size());
	}

	void requestServed() {
		this.requests.increment();
	}

	/** The SQL statements executed since the application started. */
	public long statements() {
		return this.statements.sum();
	}

	/**
	 * The HTTP requests served since the application started, those for the metrics
	 * themselves left out.
	 */
	public long requests() {
		return this.requests.sum();
	}

}
