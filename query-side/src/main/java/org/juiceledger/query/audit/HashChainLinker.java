package org.juiceledger.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Extends the hash chain from its head every few seconds, in position order, reading the store
 * through {@link EventReader} (the JDBC table, or Axon's event store API with Axon Server). One writer at a
 * time across nodes: each batch runs in a transaction that first locks the row of
 * {@code event_hash_chain_lock}. Gaps in the global index are waited for (see {@link GapGuard}).
 */
@Component
@ConditionalOnProperty(name = "juice.audit.chain.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AuditChainProperties.class)
class HashChainLinker {

    static final int BATCH_SIZE = 500;
    private static final int BATCHES_PER_RUN_MAX = 40;
    private static final Logger log = LoggerFactory.getLogger(HashChainLinker.class);

    private final EventReader events;
    private final ChainStore chain;
    private final TransactionTemplate transaction;
    private final GapGuard gaps;
    private final Clock clock;

    HashChainLinker(EventReader events, ChainStore chain, PlatformTransactionManager transactions,
                    AuditChainProperties settings, Clock clock) {
        this.events = events;
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.gaps = new GapGuard(clock, settings.gapTimeout());
    }

    @Scheduled(initialDelayString = "${juice.audit.chain.initial-delay}",
            fixedDelayString = "${juice.audit.chain.interval}")
    void scheduled() {
        try {
            extend();
        } catch (RuntimeException e) {
            log.warn("Could not extend the event hash chain; the next run retries", e);
        }
    }

    /** Links what may be linked now; returns how many events it linked. */
    int extend() {
        int linked = 0;
        for (int batch = 0; batch < BATCHES_PER_RUN_MAX; batch++) {
            Integer count = transaction.execute(status -> extendOneBatch());
            linked += count == null ? 0 : count;
            if (count == null || count < BATCH_SIZE) {
                break;
            }
        }
        return linked;
    }

    private int extendOneBatch() {
        chain.lockForWriting();
        LinkRow head = chain.head().orElse(null);
        long position = head == null ? events.origin() : head.position();
        String previous = head == null ? ChainLink.GENESIS_HEX : head.linkHash();
        List<LinkRow> links = new ArrayList<>();
        List<StoredEvent> page = events.after(position, BATCH_SIZE);
        for (int i = 0; i < page.size(); i++) {
            StoredEvent event = page.get(i);
            if (!gaps.mayLink(position, event.position())) {
                // Start the clock of every later gap of the page now, so that gaps wait side by side
                // rather than one after the other (several nodes writing leave many).
                gaps.seeGaps(page.subList(i, page.size()).stream().mapToLong(StoredEvent::position).toArray());
                break;
            }
            String link = ChainLink.link(previous, event);
            links.add(new LinkRow(event.position(), event.eventId(), link, previous,
                    ChainLink.digest(event.payload()), ChainLink.digest(event.metadata())));
            previous = link;
            position = event.position();
        }
        if (!links.isEmpty()) {
            chain.append(links, clock.instant());
            gaps.linkedUpTo(position);
        }
        return links.size();
    }
}
