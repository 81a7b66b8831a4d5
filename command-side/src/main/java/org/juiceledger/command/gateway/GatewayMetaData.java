package org.juiceledger.command.gateway;

import org.juiceledger.kernel.Metadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who the customer behind a gateway command is. {@code who} stays the gateway's login (it signed
 * in); the phone number ({@link Metadata#FROM}) or caller id ({@link Metadata#CALLER_ID}) travels as metadata of its
 * own and is copied onto every event the command causes, so the history tells both.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayMetaData {

    @Bean
    CorrelationDataProvider gatewayCallerCorrelation() {
        return new SimpleCorrelationDataProvider(Metadata.FROM, Metadata.CALLER_ID);
    }
}
