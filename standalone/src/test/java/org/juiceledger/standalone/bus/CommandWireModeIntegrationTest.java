package org.juiceledger.standalone.bus;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's gateway crosses the wire exactly when the over-the-wire run asks for it. */
@PostgresIntegrationTest
class CommandWireModeIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Test
    void theGatewaySendsOverTheWireOnlyInTheOverTheWireRun() {
        boolean overTheWire = "serializing".equals(System.getProperty(CommandWireConfiguration.PROPERTY));
        Object bus = ((DefaultCommandGateway) commands).getCommandBus();
        assertThat(bus instanceof SerializingCommandBus).as("gateway bus " + bus).isEqualTo(overTheWire);
    }
}
