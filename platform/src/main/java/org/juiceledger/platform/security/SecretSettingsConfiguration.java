package org.juiceledger.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings that hold secrets ({@code juice.admin}, {@code juice.cards}, {@code juice.sts}),
 * read by the production guard here and by the side that uses them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdminProperties.class, CardsProperties.class, StsProperties.class})
class SecretSettingsConfiguration {
}
