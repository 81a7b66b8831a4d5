package org.juiceledger.query.verification;

import java.util.List;

/** Where each projection processor stands; in the application, the replay status. */
interface ProcessorPositions {

    List<Position> positions();

    record Position(String processor, boolean running, boolean failing, long position) {
    }
}
