package org.juiceledger.platform.user;

import java.time.Instant;

/** One change to a user, as {@code app_user_change} keeps it: what, to whom, who did it, when, how. */
public record UserChange(long id, Instant at, String login, Kind change, String detail, String who, String channel,
                         String correlationId) {

    public enum Kind {
        CREATED, CHANGED, DISABLED, ENABLED, PASSWORD_RESET
    }
}
