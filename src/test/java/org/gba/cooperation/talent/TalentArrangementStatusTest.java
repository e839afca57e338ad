package org.gba.cooperation.talent;

import java.util.Map;
import java.util.Set;

import org.gba.cooperation.support.Transitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.talent.TalentArrangementStatus.ACTIVE;
import static org.gba.cooperation.talent.TalentArrangementStatus.CANCELLED;
import static org.gba.cooperation.talent.TalentArrangementStatus.ENDED;
import static org.gba.cooperation.talent.TalentArrangementStatus.PROPOSED;

/**
 * Where a talent arrangement may go from each status (its mutations refuse any other
 * move).
 */
class TalentArrangementStatusTest {

	@Test
	void aProposalIsAcceptedOrCancelledAndAnActiveArrangementOnlyEnds() {
		assertThat(Transitions.table(TalentArrangementStatus.class, TalentArrangementStatus::next)).isEqualTo(Map
			.of(PROPOSED, Set.of(ACTIVE, CANCELLED), ACTIVE, Set.of(ENDED), ENDED, Set.of(), CANCELLED, Set.of()));
	}

	@Test
	void everyStatusMovesForwardOnly() {
		for (TalentArrangementStatus status : TalentArrangementStatus.values()) {
			assertThat(status.next()).allSatisfy((next) -> assertThat(next).isGreaterThan(status));
		}
	}

	@Test
	void everyStatusIsReachedFromProposed() {
		assertThat(Transitions.reachableFrom(PROPOSED, TalentArrangementStatus::next))
			.containsExactlyInAnyOrder(TalentArrangementStatus.values());
	}

}
