package org.juiceledger.query.audit;

import org.juiceledger.query.audit.ChainVerification.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.query.audit.Events.event;

class ChainWalkTest {

    /** Positions 1, 2, 4, 5 (3 is a gap the linker passed), linked. */
    private final List<StoredEvent> events = new ArrayList<>(List.of(event(1, "{\"n\":1}"), event(2, "{\"n\":2}"),
            event(4, "{\"n\":4}"), event(5, "{\"n\":5}")));
    private final List<LinkRow> links = chain(events);

    @Test
    void anUntouchedChainWithAGapIsIntact() {
        ChainVerification result = walk();

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(4);
        assertThat(result.firstBrokenPosition()).isNull();
        assertThat(result.linkedUpTo()).isEqualTo(5);
    }

    @Test
    void namesTheEventWhosePayloadChanged() {
        events.set(2, Events.withPayload(events.get(2), "{\"n\":40}"));

        assertBroken(walk(), 4, "event-4", Problem.PAYLOAD_CHANGED);
    }

    @Test
    void namesTheEventWhoseMetadataChanged() {
        events.set(1, Events.withMetadata(events.get(1), "{\"who\":\"someone-else\"}"));

        assertBroken(walk(), 2, "event-2", Problem.METADATA_CHANGED);
    }

    @Test
    void namesTheEventWhoseTimestampChanged() {
        events.set(0, Events.withTimestamp(events.get(0), "2020-01-01T00:00:00Z"));

        assertBroken(walk(), 1, "event-1", Problem.EVENT_CHANGED);
    }

    @Test
    void namesADeletedEvent() {
        events.remove(1);

        assertBroken(walk(), 2, "event-2", Problem.EVENT_DELETED);
    }

    @Test
    void namesTheLastEventWhenItIsDeleted() {
        events.remove(3);

        assertBroken(walk(), 5, "event-5", Problem.EVENT_DELETED);
    }

    @Test
    void namesAnEventInsertedIntoAGap() {
        events.add(2, event(3, "{\"n\":3}"));

        assertBroken(walk(), 3, "event-3", Problem.EVENT_INSERTED);
    }

    @Test
    void namesAReplacedEvent() {
        StoredEvent original = events.get(1);
        events.set(1, new StoredEvent(2, "other", 0, "Tariff", "forged", original.payloadType(), "1",
                original.timestamp(), original.payload(), original.metadata()));

        ChainVerification result = walk();

        assertBroken(result, 2, "event-2", Problem.EVENT_REPLACED);
        assertThat(result.reason()).contains("forged");
    }

    @Test
    void noticesALinkRewrittenInTheChainTable() {
        LinkRow second = links.get(1);
        links.set(1, new LinkRow(2, "event-2", second.linkHash(), "f".repeat(64), second.payloadHash(),
                second.metadataHash()));

        assertBroken(walk(), 2, "event-2", Problem.CHAIN_ALTERED);
    }

    private static void assertBroken(ChainVerification result, long position, String eventId, Problem problem) {
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenPosition()).isEqualTo(position);
        assertThat(result.firstBrokenEventId()).isEqualTo(eventId);
        assertThat(result.problem()).isEqualTo(problem);
        assertThat(result.reason()).isNotBlank();
    }

    private ChainVerification walk() {
        long head = links.get(links.size() - 1).position();
        return new ChainWalk(pages(events, StoredEvent::position), pages(links, LinkRow::position), head,
                links.get(links.size() - 1).linkHash()).run();
    }

    private static <T> KeysetPages<T> pages(List<T> rows, java.util.function.ToLongFunction<T> key) {
        return new KeysetPages<>((after, limit) -> rows.stream().filter(r -> key.applyAsLong(r) > after)
                .limit(limit).toList(), key, Long.MIN_VALUE, 2);
    }

    private static List<LinkRow> chain(List<StoredEvent> events) {
        List<LinkRow> links = new ArrayList<>();
        String previous = ChainLink.GENESIS_HEX;
        for (StoredEvent event : events) {
            String link = ChainLink.link(previous, event);
            links.add(new LinkRow(event.position(), event.eventId(), link, previous,
                    ChainLink.digest(event.payload()), ChainLink.digest(event.metadata())));
            previous = link;
        }
        return links;
    }
}
