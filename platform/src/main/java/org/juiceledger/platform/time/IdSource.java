package org.juiceledger.platform.time;

import java.util.UUID;

/** Where new ids come from (attempts, requests, correlation ids, runs): random UUIDs unless a test fixes them. */
@FunctionalInterface
public interface IdSource {

    /** Random UUIDs. */
    IdSource RANDOM = () -> UUID.randomUUID().toString();

    /** A new id, never given before. */
    String newId();
}
