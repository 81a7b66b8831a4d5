package org.juiceledger.standalone.bus;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.serialization.Serializer;
import org.juiceledger.platform.transaction.CommandSettings;
import org.juiceledger.platform.transaction.ConflictRetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code -Djuice.test.command-wire=serializing} every command the application sends through
 * its gateway crosses a {@link SerializingCommandBus}, as it crosses Axon Server between two nodes:
 * payload, metadata and result as bytes, a failure as its message and details only. The refusal
 * tests run a second time in this mode (failsafe execution {@code over-the-wire} in the pom), so a
 * refusal, a reply text or a result that would not survive the wire fails there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = CommandWireConfiguration.PROPERTY, havingValue = "serializing")
class CommandWireConfiguration {

    static final String PROPERTY = "juice.test.command-wire";

    @Bean
    static BeanPostProcessor commandsOverTheWire(ObjectProvider<CommandBus> commandBus,
                                                 ObjectProvider<Serializer> serializer,
                                                 ObjectProvider<CommandSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof CommandGateway) || !name.equals("commandGateway")) {
                    return bean;
                }
                return DefaultCommandGateway.builder()
                        .commandBus(new SerializingCommandBus(commandBus.getObject(), serializer.getObject()))
                        .retryScheduler(new ConflictRetry(settings.getObject().conflictRetries())).build();
            }
        };
    }
}
