package org.juiceledger.platform.axon;

import org.axonframework.eventhandling.EventBus;
import org.springframework.stereotype.Component;

/** Registers {@link EventTimes}' note of the events each command stores on the event bus. */
@Component
class EventTimeStamping {

    EventTimeStamping(EventBus events) {
        events.registerDispatchInterceptor(EventTimes.onEvents());
    }
}
