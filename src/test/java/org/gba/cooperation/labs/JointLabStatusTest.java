package org.gba.cooperation.labs;

import java.util.Map;
import java.util.Set;

import org.gba.cooperation.support.Transitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.labs.JointLabStatus.CLOSED;
import static org.gba.cooperation.labs.JointLabStatus.OPERATING;
import static org.gba.cooperation.labs.JointLabStatus.PLANNED;
import static org.gba.cooperation.labs.JointLabStatus.UNDER_CONSTRUCTION;

/**
 * Where a joint lab may go from each status ({@code changeJointLabStatus} refuses any
 * other move).
 */
class JointLabStatusTest {

	@Test
	void aLabMaySkipAheadButNeverGoBackAndNothingFollowsClosing() {
		assertThat(Transitions.table(JointLabStatus.class, JointLabStatus::next))
			.isEqualTo(Map.of(PLANNED, Set.of(UNDER_CONSTRUCTION, OPERATING, CLOSED), UNDER_CONSTRUCTION,
					Set.of(OPERATING, CLOSED), OPERATING, Set.of(CLOSED), CLOSED, Set.of()));
	}

	@Test
	void everyStatusMovesForwardOnly() {
		for (JointLabStatus status : JointLabStatus.values()) {
			assertThat(status.next()).allSatisfy((next) -> assertThat(next).isGreaterThan(status));
		}
	}

	@Test
	void everyStatusIsReachedFromPlanned() {
		assertThat(Transitions.reachableFrom(PLANNED, JointLabStatus::next))
			.containsExactlyInAnyOrder(JointLabStatus.values());
	}

}
