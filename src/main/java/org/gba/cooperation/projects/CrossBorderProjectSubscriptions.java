package org.gba.cooperation.projects;

import org.gba.cooperation.live.LiveEvents;
import org.gba.cooperation.shared.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * Live cross-border projects: status changes, once committed, told to those who may see
 * the project then.
 */
@Controller
class CrossBorderProjectSubscriptions {

	private final LiveEvents live;

	private final CrossBorderProjects projects;

	CrossBorderProjectSubscriptions(LiveEvents live, CrossBorderProjects projects) {
		this.live = live;
		this.projects = projects;
	}

	@SubscriptionMapping
	Flux<CrossBorderProject> projectStatusChanged(@Argument String projectId) {
		long project = GlobalId.decode(projectId, "CrossBorderProject");
		return this.live.subscribe(ProjectStatusChanged.class, (changed) -> changed.projectId() == project,
				(changed) -> this.projects.findById(changed.projectId()));
	}

}
