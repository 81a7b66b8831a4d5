package org.juiceledger.platform.axon;

import org.axonframework.commandhandling.CommandBus;
import org.juiceledger.platform.time.IdSource;
import org.springframework.stereotype.Component;

/** Registers the interceptor that puts who, channel and correlation id on every command sent. */
@Component
class CommandOriginStamping {

    CommandOriginStamping(CommandBus commandBus, IdSource ids) {
        commandBus.registerDispatchInterceptor(new RequestOriginDispatchInterceptor(ids));
    }
}
