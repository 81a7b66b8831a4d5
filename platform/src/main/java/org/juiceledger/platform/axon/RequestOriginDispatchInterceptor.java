package org.juiceledger.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.juiceledger.kernel.Metadata;
import org.juiceledger.platform.idempotency.KeyedRequests;
import org.juiceledger.platform.request.CurrentRequestOrigin;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.time.IdSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command with who sent it, through which channel and the request's correlation id,
 * unless the sender already set them (a gateway acting for a customer, a replayed batch), and
 * with the keyed request it belongs to, if any.
 */
class RequestOriginDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final IdSource ids;

    RequestOriginDispatchInterceptor(IdSource ids) {
        this.ids = ids;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            RequestOrigin origin = CurrentRequestOrigin.get(ids);
            return command.andMetaData(withoutOverriding(command, origin));
        };
    }

    private static Map<String, String> withoutOverriding(CommandMessage<?> command, RequestOrigin origin) {
        Map<String, String> missing = new HashMap<>(origin.asMetaData());
        KeyedRequests.current().ifPresent(keyed -> {
            missing.put(Metadata.KEYED_LOGIN, keyed.login());
            missing.put(Metadata.IDEMPOTENCY_KEY, keyed.key());
            missing.put(Metadata.REQUEST_HASH, keyed.requestHash());
        });
        missing.keySet().removeAll(command.getMetaData().keySet());
        return missing;
    }
}
