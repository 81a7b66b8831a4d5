package org.juiceledger.command.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Numbers from database sequences, so every node draws from the same series. */
@Component
class DatabaseNumberSequences implements NumberSequences {

    private final JdbcTemplate jdbc;

    DatabaseNumberSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextTransactionNumber() {
        return jdbc.queryForObject("select nextval('transaction_number_seq')", Long.class);
    }

    @Override
    public String nextAccountNumber() {
        return String.valueOf(jdbc.queryForObject("select nextval('account_number_seq')", Long.class));
    }
}
