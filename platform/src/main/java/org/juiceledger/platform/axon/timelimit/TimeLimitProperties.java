package org.juiceledger.platform.axon.timelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code juice.time-limits.*} (defaults in juice-defaults.yml): the limit of a command's unit of work
 * (its handler and the commit of what it stored), longer ones for named commands (the command's
 * class name without its package: a million-card batch takes minutes), and the limit of one batch of
 * an event processor.
 */
@Validated
@ConfigurationProperties("juice.time-limits")
public record TimeLimitProperties(@NotNull @Valid TimeLimit command, Map<String, @Valid TimeLimit> commands,
                                  @NotNull @Valid TimeLimit eventBatch) {

    public TimeLimitProperties {
        // names in any case: environment variables arrive in lower case (JUICE_TIME_LIMITS_COMMANDS_…)
        Map<String, TimeLimit> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (commands != null) {
            named.putAll(commands);
        }
        commands = Collections.unmodifiableMap(named);
    }

    /** The limit of the command with this class name (without its package), in any case. */
    public TimeLimit forCommand(String simpleName) {
        return commands.getOrDefault(simpleName, command);
    }
}
