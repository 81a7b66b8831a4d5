package org.juiceledger.command.sts;

import org.juiceledger.sts.TidAllocator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps each meter's newest token minute in its meter_registry row. The row lock taken here holds
 * until the command commits, so concurrent tokens for one meter (on any node) get distinct,
 * increasing minutes, and a restart forgets nothing.
 */
class DatabaseTidAllocator implements TidAllocator {

    private final JdbcTemplate jdbc;

    DatabaseTidAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int allocate(String meterNumber, int currentMinute) {
        Long last = jdbc.queryForObject("select last_token_minute from meter_registry where meter_number = ? for update",
                Long.class, meterNumber);
        int next = last == null ? currentMinute : (int) Math.max(last + 1, currentMinute);
        jdbc.update("update meter_registry set last_token_minute = ? where meter_number = ?", next, meterNumber);
        return next;
    }
}
