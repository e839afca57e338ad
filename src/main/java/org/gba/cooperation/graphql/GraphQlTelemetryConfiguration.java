package org.gba.cooperation.graphql;

import java.util.List;

import jakarta.servlet.DispatcherType;

import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.gba.cooperation.shared.access.AccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.observation.DataLoaderObservationContext;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * What an operator sees of the GraphQL layer (docs/operations.md): metrics by operation
 * with bounded labels, the request log, and trace ids in responses.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlTelemetryConfiguration {

	@Bean
	OperationNames operationNames(PersistedDocuments documents, GbaGraphQlProperties properties) {
		return new OperationNames(documents.trustedDocuments(), properties.telemetry().maxOperationNames());
	}

	/**
	 * Spring for GraphQL's {@code graphql.request} timer and span, with the operation's
	 * name as a label (Spring's own convention keeps it for spans only, since a client
	 * chooses it): bounded by {@link OperationNames}.
	 */
	@Bean
	ExecutionRequestObservationConvention boundedOperationNames(OperationNames names) {
		return new DefaultExecutionRequestObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				return super.getLowCardinalityKeyValues(context)
					.and(KeyValue.of("graphql.operation.name", names.label((context.getExecutionContext() != null)
							? context.getExecutionContext().getOperationDefinition().getName() : null)));
			}

		};
	}

	/**
	 * The size of each batch a DataLoader loads
	 * ({@code gba.graphql.dataloader.batch.size}, by loader), from Spring for GraphQL's
	 * {@code graphql.dataloader} observations.
	 */
	@Bean
	ObservationHandler<DataLoaderObservationContext> dataLoaderBatchSizes(ObjectProvider<MeterRegistry> meters) {
		return new ObservationHandler<>() {

			@Override
			public void onStop(DataLoaderObservationContext context) {
				MeterRegistry registry = meters.getIfAvailable();
				if (registry == null) {
					return;
				}
				DistributionSummary.builder("gba.graphql.dataloader.batch.size")
					.description("Keys loaded in one batch by a DataLoader")
					.tag("loader", String.valueOf(context.getDataLoader().getName()))
					.register(registry)
					.record(context.getKeys().size());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof DataLoaderObservationContext;
			}

		};
	}

	/** Which operation ran, for the metrics and the log line. */
	@Bean
	Instrumentation executedOperation() {
		return new ExecutedOperationInstrumentation();
	}

	/** Outermost: it sees every response as the client gets it. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor requestTelemetry(MeterRegistry meters, OperationNames names, AccessRules accessRules,
			ObjectProvider<Tracer> tracer) {
		return new RequestTelemetryInterceptor(meters, names, accessRules, () -> {
			Tracer current = tracer.getIfAvailable();
			TraceContext trace = (current != null) ? current.currentTraceContext().context() : null;
			return (trace != null) ? trace.traceId() : null;
		});
	}

	/**
	 * The request log and the {@code traceresponse} header: inside Spring's observation
	 * of the HTTP request (which starts the trace), outside everything else.
	 */
	@Bean
	FilterRegistrationBean<RequestLogFilter> requestLog(ObjectProvider<Tracer> tracer,
			GbaGraphQlProperties properties) {
		FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(
				new RequestLogFilter(tracer.getIfAvailable()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setEnabled(properties.telemetry().requestLog());
		registration.setUrlPatterns(List.of("/*"));
		return registration;
	}

}
