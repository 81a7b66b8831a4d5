package org.juiceledger.command.gateway;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who the customer behind a gateway command is. {@code who} stays the gateway's login (it signed
 * in); the phone number ({@code from}) or caller id ({@code callerId}) travels as metadata of its
 * own and is copied onto every event the command causes, so the history tells both.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayMetaData {

    public static final String FROM = "from";
    public static final String CALLER_ID = "callerId";

    @Bean
    CorrelationDataProvider gatewayCallerCorrelation() {
        return new SimpleCorrelationDataProvider(FROM, CALLER_ID);
    }
}
