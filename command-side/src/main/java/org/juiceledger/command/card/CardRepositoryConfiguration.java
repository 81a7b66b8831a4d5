package org.juiceledger.command.card;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.platform.axon.repository.RangeEventSourcingRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Cards are loaded by the range (activation, custody, verify): their repository commits n cards in n steps. */
@Configuration(proxyBeanMethods = false)
class CardRepositoryConfiguration {

    static final String CARDS = "cardRepository";

    @Bean(CARDS)
    Repository<Card> cardRepository(@Lazy org.axonframework.config.Configuration axon, EventStore eventStore) {
        return RangeEventSourcingRepository.of(Card.class, axon, eventStore);
    }
}
