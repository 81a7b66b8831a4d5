package org.juiceledger.command.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lookup tables (meter → account, transaction → accounts) run in a subscribing processor whose
 * errors propagate: a failed insert fails the command, so table and events never disagree.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideAxonConfiguration {

    public static final String LOOKUPS = "command-lookups";

    @Bean
    ConfigurerModule lookupTablesFailTheCommand() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(LOOKUPS)
                .registerListenerInvocationErrorHandler(LOOKUPS, config -> PropagatingErrorHandler.instance()));
    }
}
