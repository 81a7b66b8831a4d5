package org.juiceledger.platform.receipt;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link UtilitySettings} for whichever side prints receipts or writes messages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UtilitySettings.class)
class UtilityConfiguration {
}
