package org.juiceledger.query.ledger;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the ledger projection runs (with its block in juice-defaults.yml): every event in one
 * sequence, so the whole ledger is posted in the order of the event stream even if someone splits
 * its segment; and a failing posting is not logged and skipped (Axon's default) but fails the batch.
 * The ledger has no dead-letter queue on purpose: an entry left out would make every balance after it
 * wrong. So it halts visibly instead: Axon releases its segment and retries with back-off (up to a
 * minute), the replay status shows it failing with the error (ProjectionStalls), and reads of the
 * ledger say it is stalled. Once the cause is fixed it goes on by itself.
 */
@Configuration(proxyBeanMethods = false)
class LedgerProcessingConfiguration {

    /** Referenced by name from juice-defaults.yml. */
    @Bean
    SequencingPolicy<EventMessage<?>> ledgerSequencing() {
        SequentialPolicy sequential = new SequentialPolicy();
        return sequential::getSequenceIdentifierFor;
    }

    @Bean
    ConfigurerModule ledgerFailsLoudly() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(LedgerProjection.GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
