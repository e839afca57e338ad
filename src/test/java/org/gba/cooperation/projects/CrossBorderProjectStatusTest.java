package org.gba.cooperation.projects;

import java.util.Map;
import java.util.Set;

import org.gba.cooperation.support.Transitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.projects.CrossBorderProjectStatus.APPROVED;
import static org.gba.cooperation.projects.CrossBorderProjectStatus.CANCELLED;
import static org.gba.cooperation.projects.CrossBorderProjectStatus.COMPLETED;
import static org.gba.cooperation.projects.CrossBorderProjectStatus.IN_PROGRESS;
import static org.gba.cooperation.projects.CrossBorderProjectStatus.PROPOSED;
import static org.gba.cooperation.projects.CrossBorderProjectStatus.SUSPENDED;

/**
 * Where a project may go from each status ({@code changeProjectStatus} refuses any other
 * move).
 */
class CrossBorderProjectStatusTest {

	@Test
	void aProjectIsApprovedBeforeItStartsMaySuspendAndResumeAndEndsCompletedOrCancelled() {
		assertThat(Transitions.table(CrossBorderProjectStatus.class, CrossBorderProjectStatus::next))
			.isEqualTo(Map.of(PROPOSED, Set.of(APPROVED, CANCELLED), APPROVED, Set.of(IN_PROGRESS, CANCELLED),
					IN_PROGRESS, Set.of(SUSPENDED, COMPLETED, CANCELLED), SUSPENDED, Set.of(IN_PROGRESS, CANCELLED),
					COMPLETED, Set.of(), CANCELLED, Set.of()));
	}

	@Test
	void aProjectMayBeCalledOffUntilItIsOver() {
		for (CrossBorderProjectStatus status : CrossBorderProjectStatus.values()) {
			boolean over = status == COMPLETED || status == CANCELLED;
			assertThat(status.next().contains(CANCELLED)).as("%s may be cancelled", status).isEqualTo(!over);
		}
	}

	@Test
	void everyStatusIsReachedFromProposed() {
		assertThat(Transitions.reachableFrom(PROPOSED, CrossBorderProjectStatus::next))
			.containsExactlyInAnyOrder(CrossBorderProjectStatus.values());
	}

	@Test
	void aProjectCrossesBordersFromApprovalUntilItIsCancelled() {
		assertThat(CrossBorderProjectStatus.values()).filteredOn(CrossBorderProjectStatus::crossesBorders)
			.containsExactlyInAnyOrder(APPROVED, IN_PROGRESS, SUSPENDED, COMPLETED);
	}

}
