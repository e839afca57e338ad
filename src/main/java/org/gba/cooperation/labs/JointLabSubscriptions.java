package org.gba.cooperation.labs;

import org.gba.cooperation.live.LiveEvents;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * Live joint labs: status changes, once committed, of the labs the subscriber may see
 * when it is told.
 */
@Controller
class JointLabSubscriptions {

	private final LiveEvents live;

	private final JointLabs jointLabs;

	JointLabSubscriptions(LiveEvents live, JointLabs jointLabs) {
		this.live = live;
		this.jointLabs = jointLabs;
	}

	@SubscriptionMapping
	Flux<JointLab> jointLabStatusChanged() {
		return this.live.subscribe(JointLabStatusChanged.class, (changed) -> true,
				(changed) -> this.jointLabs.findById(changed.jointLabId()));
	}

}
