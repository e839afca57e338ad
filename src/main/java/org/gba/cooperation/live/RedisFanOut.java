package org.gba.cooperation.live;

import java.util.UUID;

import org.gba.cooperation.shared.redis.SharedRedis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed changes of every instance, handed to the subscribers of this one: a
 * change goes to this instance's subscribers directly (as with one instance) and, through
 * Redis pub/sub, once to every other instance, which hands it to its own. Each subscriber
 * still reads the change again as itself ({@link InMemoryLiveEvents}).
 *
 * <p>
 * Why Redis pub/sub rather than RabbitMQ's fan-out exchange: the instances already share
 * Redis (budgets, persisted queries), and a subscription, like pub/sub, holds no backlog:
 * a change made while nobody listens is not owed to anyone (a client that reconnects
 * reads the current state). When Redis is down, changes still reach the subscribers of
 * the instance that made them; those of the others miss them until it returns.
 *
 * <p>
 * A message names the change's class, which must be a {@link LiveEvent}: a message of
 * another type (or from another version of the API) is logged and dropped.
 */
final class RedisFanOut {

	private static final Logger logger = LoggerFactory.getLogger(RedisFanOut.class);

	private final InMemoryLiveEvents local;

	private final SharedRedis redis;

	private final JsonMapper json;

	private final String channel;

	/** Tells this instance's messages apart: they are already delivered here. */
	private final String origin = UUID.randomUUID().toString();

	RedisFanOut(InMemoryLiveEvents local, SharedRedis redis, JsonMapper json) {
		this.local = local;
		this.redis = redis;
		this.json = json;
		this.channel = redis.key("live-events");
		redis.subscribe(this.channel, this::received);
	}

	/** Hands a committed change to the subscribers of this instance and of the others. */
	void publish(LiveEvent event) {
		this.local.publish(event);
		ObjectNode message = this.json.createObjectNode();
		message.put("origin", this.origin);
		message.put("type", event.getClass().getName());
		message.set("event", this.json.valueToTree(event));
		String text = this.json.writeValueAsString(message);
		this.redis.publish("subscriptions", this.channel, text);
	}

	private void received(String text) {
		try {
			JsonNode message = this.json.readTree(text);
			if (this.origin.equals(message.path("origin").asString())) {
				return;
			}
			Class<?> type = Class.forName(message.path("type").asString(), false, getClass().getClassLoader());
			if (!LiveEvent.class.isAssignableFrom(type)) {
				logger.warn("Dropped a message of {} on {}: not a change", type.getName(), this.channel);
				return;
			}
			this.local.publish((LiveEvent) this.json.treeToValue(message.path("event"), type));
		}
		catch (ClassNotFoundException | RuntimeException ex) {
			logger.warn("Dropped a message on {} that this instance cannot read: {}", this.channel, ex.toString());
		}
	}

}
