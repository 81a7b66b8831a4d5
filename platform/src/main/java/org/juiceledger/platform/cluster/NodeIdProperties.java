package org.juiceledger.platform.cluster;

import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code juice.node-id} (default in juice-defaults.yml: {@code JUICE_NODE_ID}, else empty): the name
 * this process claims event processor segments under; empty: a new {@link NodeId#unique()} per process.
 */
@Validated
@ConfigurationProperties("juice")
record NodeIdProperties(@Size(max = 200) String nodeId) {
}
