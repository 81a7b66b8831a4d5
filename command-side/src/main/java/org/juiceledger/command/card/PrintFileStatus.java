package org.juiceledger.command.card;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Which batches still have their print file: a file's key row lives in {@code card_print_file}
 * until its one download deletes it, so a batch not listed here has nothing left to download.
 */
@Component
public class PrintFileStatus {

    private final JdbcTemplate jdbc;

    PrintFileStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> waitingForDownload() {
        return new HashSet<>(jdbc.queryForList("select batch_id from card_print_file", String.class));
    }
}
