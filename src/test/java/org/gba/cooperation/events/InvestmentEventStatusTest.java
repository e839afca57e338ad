package org.gba.cooperation.events;

import java.util.Map;
import java.util.Set;

import org.gba.cooperation.support.Transitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.cooperation.events.InvestmentEventStatus.CANCELLED;
import static org.gba.cooperation.events.InvestmentEventStatus.COMPLETED;
import static org.gba.cooperation.events.InvestmentEventStatus.DRAFT;
import static org.gba.cooperation.events.InvestmentEventStatus.PUBLISHED;

/**
 * Where an investment event may go from each status ({@link InvestmentEvent#moveTo}
 * refuses any other move).
 */
class InvestmentEventStatusTest {

	@Test
	void aDraftIsPublishedOrCalledOffAndAPublishedEventIsHeldOrCalledOff() {
		assertThat(Transitions.table(InvestmentEventStatus.class, InvestmentEventStatus::next))
			.isEqualTo(Map.of(DRAFT, Set.of(PUBLISHED, CANCELLED), PUBLISHED, Set.of(CANCELLED, COMPLETED), CANCELLED,
					Set.of(), COMPLETED, Set.of()));
	}

	@Test
	void everyStatusIsReachedFromDraft() {
		assertThat(Transitions.reachableFrom(DRAFT, InvestmentEventStatus::next))
			.containsExactlyInAnyOrder(InvestmentEventStatus.values());
	}

}
