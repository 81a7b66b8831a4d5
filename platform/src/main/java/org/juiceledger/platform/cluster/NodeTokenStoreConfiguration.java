package org.juiceledger.platform.cluster;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Axon's JDBC token store as its auto-configuration builds it, but claiming under this process's
 * {@link NodeId}; Axon's Spring settings offer no node id.
 */
@Configuration(proxyBeanMethods = false)
public class NodeTokenStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NodeTokenStoreConfiguration.class);

    @Bean
    NodeId nodeId(@Value("${juice.node-id}") String configured) {
        NodeId nodeId = NodeId.configuredOrUnique(configured);
        log.info("Node id (owner of event processor segments): {}", nodeId);
        return nodeId;
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, ObjectProvider<TokenSchema> schema,
                          NodeId nodeId,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(schema.getIfAvailable(() -> TokenSchema.builder().build()))
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.value())
                .build();
    }
}
