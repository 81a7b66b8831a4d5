package org.juiceledger.platform.time;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one {@link Clock} (UTC) and the one {@link IdSource} of the application. Axon stamps events
 * with {@link GenericEventMessage#clock}: it is set to the same clock, so an event's time and the
 * times the code reads agree.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    Clock clock() {
        Clock clock = Clock.systemUTC();
        GenericEventMessage.clock = clock;
        return clock;
    }

    @Bean
    IdSource idSource() {
        return IdSource.RANDOM;
    }
}
