package org.gba.cooperation.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gba.cooperation.support.DatabaseIndependent;
import org.gba.cooperation.support.GraphQlIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance holds at most {@code gba.live.max-subscribers} subscriptions: one more is
 * refused, with its code.
 */
@DatabaseIndependent
@TestPropertySource(properties = "gba.live.max-subscribers=1")
class SubscriptionCapacityIT extends GraphQlIntegrationTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final String SUBSCRIPTION = "subscription { jointLabStatusChanged { id status } }";

	@Autowired
	private LiveEvents liveEvents;

	private Disposable first;

	@AfterEach
	void close() {
		if (this.first != null) {
			this.first.dispose();
		}
	}

	@Test
	void aSubscriptionBeyondTheLimitIsRefusedWithItsCode() throws InterruptedException {
		BlockingQueue<ServerSentEvent<String>> firstEvents = new LinkedBlockingQueue<>();
		this.first = sse().subscribe(firstEvents::add);
		await().atMost(PATIENCE).until(() -> this.liveEvents.subscriberCount() == 1);

		List<ServerSentEvent<String>> refused = sse().collectList().block(PATIENCE);

		assertThat(refused).extracting(ServerSentEvent::event).containsExactly("next", "complete");
		assertThat(refused.get(0).data()).contains("\"code\":\"TOO_MANY_SUBSCRIBERS\"")
			.contains("gba.live.max-subscribers");
		assertThat(this.liveEvents.subscriberCount()).isEqualTo(1);
		assertThat(firstEvents.poll(0, TimeUnit.SECONDS)).as("the first subscription goes on, untouched").isNull();
	}

	private reactor.core.publisher.Flux<ServerSentEvent<String>> sse() {
		return WebClient.create("http://localhost:" + this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("query", SUBSCRIPTION))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			});
	}

}
