package org.gba.cooperation.graphql.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gba.cooperation.shared.access.AccessRules;
import org.gba.cooperation.shared.access.Caller;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Gives each request its caller's {@link RequestBudget}, and each response the state of
 * that budget: the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} headers (IETF draft: the bucket's size, the points left, the
 * seconds until it is full), {@code Retry-After} when refused, and
 * {@code extensions.cost.throttleStatus}. Outermost of the interceptors, so that it sees
 * every response, the refusals of the other limits included.
 */
final class RateLimitInterceptor implements WebGraphQlInterceptor {

	private final CostBudgets budgets;

	private final RateLimitProperties properties;

	private final AccessRules accessRules;

	RateLimitInterceptor(CostBudgets budgets, RateLimitProperties properties, AccessRules accessRules) {
		this.budgets = budgets;
		this.properties = properties;
		this.accessRules = accessRules;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = this.accessRules.caller();
		RequestBudget budget = new RequestBudget(this.budgets, callerKey(caller, request),
				this.properties.tierOf(caller));
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(RequestBudget.class, budget);
			return input;
		});
		return chain.next(request).map((response) -> report(response, budget));
	}

	private static WebGraphQlResponse report(WebGraphQlResponse response, RequestBudget budget) {
		Balance balance = budget.balance();
		WebGraphQlResponse reported = response
			.transform((builder) -> builder.extensions(withThrottleStatus(response.getExtensions(), balance)));
		HttpHeaders headers = reported.getResponseHeaders();
		headers.set("RateLimit-Limit", String.valueOf(balance.allowance().points()));
		headers.set("RateLimit-Remaining", String.valueOf(balance.remaining()));
		headers.set("RateLimit-Reset", String.valueOf(balance.secondsUntilFull()));
		if (budget.throttled()) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(budget.secondsUntilAffordable()));
		}
		return reported;
	}

	/**
	 * The extensions, with the real bucket as {@code cost.throttleStatus}, GitHub's and
	 * Shopify's way.
	 */
	@SuppressWarnings("unchecked")
	private static Map<Object, Object> withThrottleStatus(Map<Object, Object> extensions, Balance balance) {
		Map<String, Object> throttleStatus = new LinkedHashMap<>();
		throttleStatus.put("maximumAvailable", balance.allowance().points());
		throttleStatus.put("currentlyAvailable", balance.remaining());
		throttleStatus.put("restoreRate", balance.allowance().perSecond());
		Object given = extensions.get("cost");
		Map<String, Object> cost = (given instanceof Map<?, ?> map) ? new LinkedHashMap<>((Map<String, Object>) map)
				: new LinkedHashMap<>();
		cost.put("throttleStatus", throttleStatus);
		Map<Object, Object> reported = new LinkedHashMap<>(extensions);
		reported.put("cost", cost);
		return reported;
	}

	/**
	 * A signed-in caller spends by token subject, wherever it calls from; an anonymous
	 * one by client address: the peer of the connection, or the address a trusted proxy
	 * forwarded when Spring Boot's {@code server.forward-headers-strategy} says so. IPv6
	 * addresses count by their /64 network, the part a provider assigns to one
	 * subscriber, so that one client cannot rotate through its own.
	 */
	static String callerKey(Caller caller, WebGraphQlRequest request) {
		if (!caller.isAnonymous()) {
			return subjectKey(caller);
		}
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress address = (remote != null) ? remote.getAddress() : null;
		if (address == null) {
			return "address:" + ((remote != null) ? remote.getHostString() : "unknown");
		}
		if (address instanceof Inet6Address) {
			byte[] network = Arrays.copyOf(address.getAddress(), 16);
			Arrays.fill(network, 8, 16, (byte) 0);
			return "network:" + toHex(network) + "/64";
		}
		return "address:" + address.getHostAddress();
	}

	/** The key of a signed-in caller's bucket: its token subject. */
	static String subjectKey(Caller caller) {
		return "subject:" + caller.subject();
	}

	private static String toHex(byte[] bytes) {
		StringBuilder hex = new StringBuilder();
		for (byte b : bytes) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

}
