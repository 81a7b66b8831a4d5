package org.juiceledger.query.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads the hash chain's links and verifies the whole chain against the stored events. */
@Component
public class HashChain {

    private static final int PAGE_SIZE = 1000;
    private final EventReader events;
    private final ChainStore chain;

    HashChain(EventReader events, ChainStore chain) {
        this.events = events;
        this.chain = chain;
    }

    /** The position before the first event (the head's position while nothing is linked). */
    public long origin() {
        return events.origin();
    }

    /** The newest link, or none while nothing is linked. */
    @Transactional(readOnly = true)
    public Optional<LinkRow> head() {
        return chain.head();
    }

    /** The link of the event at this position, if it is linked. */
    @Transactional(readOnly = true)
    public Optional<LinkRow> at(long position) {
        return chain.at(position);
    }

    /**
     * Recomputes every link up to the head from the stored events, in one consistent snapshot;
     * events after the head are not linked yet and not checked.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        LinkRow head = chain.head().orElse(null);
        if (head == null) {
            return nothingLinked();
        }
        long upTo = head.position();
        KeysetPages<StoredEvent> stored = new KeysetPages<>((after, limit) -> events.between(after, upTo, limit),
                StoredEvent::position, Long.MIN_VALUE, PAGE_SIZE);
        KeysetPages<LinkRow> links = new KeysetPages<>((after, limit) -> chain.between(after, upTo, limit),
                LinkRow::position, Long.MIN_VALUE, PAGE_SIZE);
        return new ChainWalk(stored, links, upTo, head.linkHash()).run();
    }

    /**
     * Intact over nothing only while the store holds nothing: events that are not linked yet cannot
     * be vouched for (the linker has not run yet, or cannot read the store).
     */
    private ChainVerification nothingLinked() {
        List<StoredEvent> first = events.after(events.origin(), 1);
        if (first.isEmpty()) {
            return ChainVerification.intact(0, events.origin(), null);
        }
        StoredEvent event = first.get(0);
        return ChainVerification.broken(0, event.position(), event.eventId(), ChainVerification.Problem.UNLINKED,
                "the event store holds events but none is linked yet, so none is vouched for: the linker "
                        + "links within seconds; if this stays, it cannot read the event store",
                events.origin(), null);
    }
}
