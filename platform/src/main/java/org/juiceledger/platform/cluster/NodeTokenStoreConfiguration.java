package org.juiceledger.platform.cluster;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC token store as its auto-configuration builds it, but claiming under this process's
 * {@link NodeId}; Axon's Spring settings offer no node id. The claim timeout is Axon's own setting
 * ({@code axon.eventhandling.tokenstore.claim-timeout}, default in juice-defaults.yml), read through
 * Axon's own properties object.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NodeIdProperties.class, TokenStoreProperties.class})
public class NodeTokenStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NodeTokenStoreConfiguration.class);

    @Bean
    NodeId nodeId(NodeIdProperties settings) {
        NodeId nodeId = NodeId.configuredOrUnique(settings.nodeId());
        log.info("Node id (owner of event processor segments): {}", nodeId);
        return nodeId;
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, ObjectProvider<TokenSchema> schema,
                          NodeId nodeId, TokenStoreProperties axonSettings) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(schema.getIfAvailable(() -> TokenSchema.builder().build()))
                .serializer(serializer)
                .claimTimeout(axonSettings.getClaimTimeout())
                .nodeId(nodeId.value())
                .build();
    }
}
