package org.juiceledger.query.audit;

import org.juiceledger.query.audit.ChainVerification.Problem;

import java.util.Objects;

/**
 * Recomputes the chain from the stored events and compares it, position by position, with the
 * stored links; stops at the first difference. Both inputs are in position order and end at the
 * chain's head. A position with neither an event nor a link is a gap the linker passed: fine.
 */
final class ChainWalk {

    private final KeysetPages<StoredEvent> events;
    private final KeysetPages<LinkRow> links;
    private final long upTo;
    private final String headHash;
    private long checked;

    ChainWalk(KeysetPages<StoredEvent> events, KeysetPages<LinkRow> links, long upTo, String headHash) {
        this.events = events;
        this.links = links;
        this.upTo = upTo;
        this.headHash = headHash;
    }

    ChainVerification run() {
        String previous = ChainLink.GENESIS_HEX;
        while (events.hasNext() || links.hasNext()) {
            StoredEvent event = events.peek();
            LinkRow link = links.peek();
            checked++;
            if (link == null || (event != null && event.position() < link.position())) {
                return broken(event.position(), event.eventId(), Problem.EVENT_INSERTED,
                        "this event was never linked, yet the chain has passed its position: it was inserted "
                                + "afterwards (or committed later than the linker's gap timeout)");
            }
            if (event == null || link.position() < event.position()) {
                return broken(link.position(), link.eventId(), Problem.EVENT_DELETED,
                        "the event linked at this position is no longer in the event store");
            }
            ChainVerification broken = compare(previous, events.next(), links.next());
            if (broken != null) {
                return broken;
            }
            previous = link.linkHash();
        }
        return ChainVerification.intact(checked, upTo, headHash);
    }

    private ChainVerification compare(String previous, StoredEvent event, LinkRow link) {
        if (!event.eventId().equals(link.eventId())) {
            return broken(link.position(), link.eventId(), Problem.EVENT_REPLACED,
                    "event " + event.eventId() + " stands where " + link.eventId() + " was linked");
        }
        if (!previous.equals(link.previousHash())) {
            return broken(link.position(), link.eventId(), Problem.CHAIN_ALTERED,
                    "the stored link does not continue from the link before it");
        }
        if (ChainLink.link(previous, event).equals(link.linkHash())) {
            return null;
        }
        if (!ChainLink.digest(event.payload()).equals(link.payloadHash())) {
            return broken(link.position(), link.eventId(), Problem.PAYLOAD_CHANGED,
                    "the payload differs from the one that was linked");
        }
        if (!Objects.equals(ChainLink.digest(event.metadata()), link.metadataHash())) {
            return broken(link.position(), link.eventId(), Problem.METADATA_CHANGED,
                    "the metadata differs from the one that was linked");
        }
        return broken(link.position(), link.eventId(), Problem.EVENT_CHANGED,
                "the event's identifiers, types, revision or timestamp, or its stored link, differ from what was linked");
    }

    private ChainVerification broken(long position, String eventId, Problem problem, String reason) {
        return ChainVerification.broken(checked, position, eventId, problem, reason, upTo, headHash);
    }
}
