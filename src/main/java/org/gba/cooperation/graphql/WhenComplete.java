package org.gba.cooperation.graphql;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Runs something once a request's response is complete: at once for a request answered in
 * its dispatch, or, for one that went asynchronous (GraphQL over HTTP, SSE), when the
 * container completes it, on another thread. The container calls the listener after the
 * dispatch has returned, never before it is added.
 */
final class WhenComplete implements AsyncListener {

	private final Runnable action;

	private WhenComplete(Runnable action) {
		this.action = action;
	}

	/**
	 * Runs the action when the response of the request, as its dispatch left it, is
	 * complete.
	 */
	static void run(HttpServletRequest request, Runnable action) {
		if (request.isAsyncStarted()) {
			request.getAsyncContext().addListener(new WhenComplete(action));
		}
		else {
			action.run();
		}
	}

	@Override
	public void onComplete(AsyncEvent event) {
		this.action.run();
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		// Completed next: onComplete.
	}

	@Override
	public void onError(AsyncEvent event) {
		// Completed next: onComplete.
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// Started again: the listeners of the previous start are dropped.
		event.getAsyncContext().addListener(this);
	}

}
