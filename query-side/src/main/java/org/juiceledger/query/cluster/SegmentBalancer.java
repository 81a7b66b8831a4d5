package org.juiceledger.query.cluster;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.juiceledger.platform.cluster.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shares every streaming processor's segments among the live query-side nodes. Axon without Axon
 * Server does not balance: the first node to start claims every segment and the others idle until
 * it dies. Here each node says it is alive every {@code juice.cluster.heartbeat-interval}; a node
 * holding more than ceil(segments / live nodes) of a processor releases the surplus for
 * {@code juice.cluster.release-for}, and the others' processors claim it. A node counts as gone once
 * it has been silent for {@code juice.cluster.node-timeout}, which is shorter than the token claim
 * timeout: the survivors' share has grown before a dead node's claims expire, so they take its
 * segments over instead of handing them back.
 */
@Component
@ConditionalOnProperty(name = "juice.cluster.balance.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ClusterProperties.class)
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final ProcessingNodes nodes;
    private final NodeId nodeId;
    private final Duration nodeTimeout;
    private final Duration releaseFor;
    private final Clock clock;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokens, ProcessingNodes nodes, NodeId nodeId,
                    ClusterProperties settings, Clock clock) {
        this.processing = processing;
        this.tokens = tokens;
        this.nodes = nodes;
        this.nodeId = nodeId;
        this.nodeTimeout = settings.nodeTimeout();
        this.releaseFor = settings.releaseFor();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${juice.cluster.heartbeat-interval}",
            fixedDelayString = "${juice.cluster.heartbeat-interval}")
    void scheduled() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Could not balance the event processor segments; the next run retries", e);
        }
    }

    void balance() {
        Instant now = clock.instant();
        nodes.heartbeat(nodeId.value(), now);
        nodes.forgetSilentBefore(now.minus(FORGET_AFTER));
        int alive = Math.max(1, nodes.aliveSince(now.minus(nodeTimeout)));
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                releaseSurplus(name, streaming, alive);
            }
        });
    }

    private void releaseSurplus(String name, StreamingEventProcessor processor, int alive) {
        int segments = tokens.fetchSegments(name).length;
        int share = (segments + alive - 1) / alive;
        List<Integer> claimed = processor.processingStatus().keySet().stream().sorted().toList();
        int surplus = claimed.size() - share;
        if (surplus <= 0) {
            return;
        }
        List<Integer> released = claimed.subList(claimed.size() - surplus, claimed.size());
        log.info("Releasing segments {} of {} to the other nodes ({} nodes alive, {} of {} segments each)",
                released, name, alive, share, segments);
        released.forEach(segment -> processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** On a graceful stop the others need not wait for this node to fall silent. */
    @PreDestroy
    void leave() {
        try {
            nodes.forget(nodeId.value());
        } catch (RuntimeException e) {
            log.debug("Could not remove node {} from processing_node", nodeId, e);
        }
    }
}
