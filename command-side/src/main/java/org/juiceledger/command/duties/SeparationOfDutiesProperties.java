package org.juiceledger.command.duties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code juice.separation-of-duties.*} (defaults in juice-defaults.yml): whether whoever made a card
 * batch, a sale or a debt is refused selling, reversing or writing it off too.
 */
@ConfigurationProperties("juice.separation-of-duties")
record SeparationOfDutiesProperties(boolean enabled) {
}
