package org.juiceledger.command.duties;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Insider fraud is the common kind: whoever generated cards may not sell them, and whoever made a
 * transaction or a debt may not reverse or write it off themselves ({@code juice.separation-of-duties.enabled}).
 */
@Component
@EnableConfigurationProperties(SeparationOfDutiesProperties.class)
public class SeparationOfDuties {

    private final boolean enabled;

    @Autowired
    SeparationOfDuties(SeparationOfDutiesProperties settings) {
        this(settings.enabled());
    }

    public SeparationOfDuties(boolean enabled) {
        this.enabled = enabled;
    }

    /** Refuses when {@code actor} is the one who did {@code what} in the first place. */
    public void check(String actor, String originator, String what) {
        if (enabled && actor != null && Objects.equals(actor, originator)) {
            throw new DomainException(ErrorCode.SEPARATION_OF_DUTIES,
                    "The user who " + what + " may not do this too; ask another supervisor.");
        }
    }

    public boolean enabled() {
        return enabled;
    }
}
