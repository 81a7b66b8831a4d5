package org.juiceledger.command.webredeem;

import org.juiceledger.kernel.Metadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who redeemed through the web page: {@link Metadata#WHO} is {@value #WHO} (nobody signs in) and the
 * client's IP address travels as metadata of its own ({@link Metadata#CLIENT_ADDRESS}), copied onto every
 * event the command causes.
 */
@Configuration(proxyBeanMethods = false)
public class WebRedemptionMetaData {

    public static final String WHO = "web";

    @Bean
    CorrelationDataProvider webClientAddressCorrelation() {
        return new SimpleCorrelationDataProvider(Metadata.CLIENT_ADDRESS);
    }
}
