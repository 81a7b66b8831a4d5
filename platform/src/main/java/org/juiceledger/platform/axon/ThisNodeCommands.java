package org.juiceledger.platform.axon;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.juiceledger.platform.time.IdSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Sends a command to the handlers of this process only, stamped like every other command, for the
 * few whose result is usable only here: a stream over a key this process unwrapped cannot be
 * serialized, so Axon Server could neither carry it nor route the command to another node.
 */
@Component
public class ThisNodeCommands {

    private final CommandGateway gateway;

    ThisNodeCommands(@Qualifier("localSegment") SimpleCommandBus localSegment, IdSource ids) {
        this.gateway = DefaultCommandGateway.builder().commandBus(localSegment)
                .dispatchInterceptors(List.of(new RequestOriginDispatchInterceptor(ids))).build();
    }

    public <R> R sendAndWait(Object command) {
        return gateway.sendAndWait(command);
    }
}
