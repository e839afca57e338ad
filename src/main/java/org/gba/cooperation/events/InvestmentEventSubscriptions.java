package org.gba.cooperation.events;

import java.util.List;

import org.gba.cooperation.events.InvestmentEventChanges.DealSigned;
import org.gba.cooperation.events.InvestmentEventChanges.Published;
import org.gba.cooperation.events.InvestmentEventChanges.RegistrationChanged;
import org.gba.cooperation.live.LiveEvents;
import org.gba.cooperation.shared.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * Live investment events: publications, deals and registrations, once committed. Each is
 * read again as the subscriber when it is delivered, through the same access rules as the
 * queries.
 */
@Controller
class InvestmentEventSubscriptions {

	private final LiveEvents live;

	private final InvestmentEvents events;

	private final EventRegistrationRepository registrations;

	InvestmentEventSubscriptions(LiveEvents live, InvestmentEvents events, EventRegistrationRepository registrations) {
		this.live = live;
		this.events = events;
		this.registrations = registrations;
	}

	@SubscriptionMapping
	Flux<InvestmentEvent> investmentEventPublished() {
		return this.live.subscribe(Published.class, (published) -> true,
				(published) -> this.events.findById(published.eventId()));
	}

	@SubscriptionMapping
	Flux<Deal> dealSigned(@Argument String eventId) {
		long event = GlobalId.decode(eventId, "InvestmentEvent");
		return this.live.subscribe(DealSigned.class, (signed) -> signed.eventId() == event,
				(signed) -> this.events.findDeals(List.of(signed.dealId())).stream().findFirst());
	}

	/**
	 * A registration is seen by those who see its event, as in
	 * {@code InvestmentEvent.registrations}.
	 */
	@SubscriptionMapping
	Flux<EventRegistration> registrationChanged(@Argument String eventId) {
		long event = GlobalId.decode(eventId, "InvestmentEvent");
		return this.live.subscribe(RegistrationChanged.class, (changed) -> changed.eventId() == event,
				(changed) -> this.events.findById(changed.eventId())
					.flatMap((visible) -> this.registrations.findById(changed.registrationId())));
	}

}
