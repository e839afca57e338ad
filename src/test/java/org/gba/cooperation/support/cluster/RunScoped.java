package org.gba.cooperation.support.cluster;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Servers started once per test run, by the first test class that extends with them, and
 * stopped at the run's end (JUnit closes what its root store holds), or when the JVM
 * exits; a test's parameter of the subclass's type is the started one.
 */
abstract class RunScoped implements BeforeAllCallback, ParameterResolver, AutoCloseable {

	/** What {@link #start} started, closed in the reverse order. */
	protected final List<AutoCloseable> started = new ArrayList<>();

	/**
	 * Starts the servers; called once per run, on the instance that is then kept, after
	 * the run-scoped servers of the extensions registered before it (see {@link #of}).
	 */
	protected abstract void start(ExtensionContext context);

	/** The started servers of another run-scoped extension, if one was registered. */
	protected static <T extends RunScoped> @Nullable T of(ExtensionContext context, Class<T> type) {
		return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(type, type);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(getClass(), (key) -> {
			Runtime.getRuntime().addShutdownHook(new Thread(this::close));
			try {
				start(context);
			}
			catch (RuntimeException ex) {
				close();
				throw ex;
			}
			return this;
		});
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == getClass();
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(getClass());
	}

	@Override
	public synchronized void close() {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).close();
			}
			catch (Exception ex) {
				// Stopping the rest matters more.
			}
		}
		this.started.clear();
	}

}
