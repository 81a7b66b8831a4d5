package org.juiceledger.command.gateway;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The reply to each message by (gateway, message id): the first answer stands. A redemption's
 * reply is saved in the command's transaction, so reply and redemption commit together.
 */
@Component
public class SmsReplyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SmsReplyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> find(String gateway, String messageId) {
        return jdbc.queryForList("select reply from gateway_sms_reply where gateway = ? and message_id = ?",
                String.class, gateway, messageId).stream().findFirst();
    }

    /** Saves in the transaction in progress; a reply already kept for the message fails it. */
    void save(String gateway, String messageId, String reply, Long transactionNumber) {
        jdbc.update("insert into gateway_sms_reply (gateway, message_id, reply, transaction_number, created_at) "
                        + "values (?, ?, ?, ?, ?)",
                gateway, messageId, reply, transactionNumber, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Keeps a reply that redeemed nothing, unless the message already has one: returns the reply that stands. */
    public String keep(String gateway, String messageId, String reply) {
        try {
            save(gateway, messageId, reply, null);
            return reply;
        } catch (DuplicateKeyException first) {
            return find(gateway, messageId).orElse(reply);
        }
    }
}
