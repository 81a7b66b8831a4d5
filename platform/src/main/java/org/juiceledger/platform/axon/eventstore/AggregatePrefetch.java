package org.juiceledger.platform.axon.eventstore;

import java.util.Collection;

/** Reads the events of many aggregates at once, for the loads of the running unit of work that follow. */
public interface AggregatePrefetch {

    void prefetch(Collection<String> aggregateIdentifiers);

    /** Where nothing can be prefetched (Axon Server): loads read as they always do. */
    AggregatePrefetch NONE = ids -> {
    };
}
