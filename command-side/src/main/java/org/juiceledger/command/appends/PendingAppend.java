package org.juiceledger.command.appends;

import java.time.Instant;
import java.util.List;

/**
 * A unit of work's events on their way to Axon Server: the streams they extend, the identifier of
 * the first (whether it is stored tells whether all are: Axon Server appends a transaction whole),
 * and the keyed request that sent the command, if any. {@code committed}: the command's rows
 * committed with it, and only the keyed request's answer may be missing.
 */
record PendingAppend(String id, String nodeId, Instant createdAt, String firstEvent, List<AppendedStream> streams,
                     String login, String requestKey, String requestHash, boolean committed) {

    boolean keyed() {
        return requestKey != null;
    }
}
