package org.juiceledger.platform.memory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MemoryProperties.class)
class MemoryConfiguration {

    @Bean(destroyMethod = "close")
    MemoryReturn memoryReturn(MemoryProperties settings) {
        return new MemoryReturn(settings.returnInterval());
    }
}
