package org.juiceledger.command.sts;

import org.juiceledger.sts.TidAllocator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes each meter's next token minute in one statement that commits at once: distinct and
 * increasing per meter across nodes (the update is atomic), and never handed out twice even when
 * the command that took it is lost after its events were stored. A minute left unused is harmless.
 */
class DurableTidAllocator implements TidAllocator {

    private final JdbcTemplate committingAtOnce;

    DurableTidAllocator(JdbcTemplate committingAtOnce) {
        this.committingAtOnce = committingAtOnce;
    }

    @Override
    public int allocate(String meterNumber, int currentMinute) {
        return committingAtOnce.queryForList("update meter_registry set last_token_minute = "
                        + "greatest(coalesce(last_token_minute + 1, ?), ?) where meter_number = ? returning last_token_minute",
                Long.class, currentMinute, currentMinute, meterNumber)
                .stream().findFirst().map(Long::intValue).orElse(currentMinute);
    }
}
