package org.juiceledger.standalone.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.standalone.testing.Desk;
import org.springframework.http.HttpMethod;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reads the ledger's reports as finance does, and waits for the ledger to catch up. */
final class LedgerReader {

    private final Desk desk;
    final String finance;

    LedgerReader(Desk desk) {
        this.desk = desk;
        this.finance = desk.user("FINANCE");
    }

    Reply get(String path) {
        return desk.api.get(path, finance, Desk.PASSWORD);
    }

    Reply csv(String path) {
        return desk.api.exchange(HttpMethod.GET, path, finance, Desk.PASSWORD, null, Map.of("Accept", "text/csv"));
    }

    JsonNode json(String path) {
        Reply reply = get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    JsonNode trialBalance() {
        return json("/api/reports/trial-balance");
    }

    JsonNode statement(String account) {
        return json("/api/ledger/accounts/" + account + "/statement?size=5000");
    }

    JsonNode invariants() {
        return json("/api/reports/invariants");
    }

    /** Waits until the statement of a ledger account satisfies the condition. */
    JsonNode statementWhen(String account, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> statement(account), ready);
    }

    /** Waits until the statement shows a line of this transaction (number) at least {@code count} times. */
    JsonNode statementShowing(String account, long transactionNumber, int count) {
        return statementWhen(account, statement -> {
            int seen = 0;
            for (JsonNode line : statement.get("lines")) {
                if (line.path("transactionNumber").asLong() == transactionNumber) {
                    seen++;
                }
            }
            return seen >= count;
        });
    }

    /** Polls until every invariant holds (the projections run apart, so they may lag each other briefly). */
    JsonNode invariantsHold(Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(this::invariants, report -> report.get("holds").asBoolean());
    }

    /** A ledger account's balance on its normal side, from the trial balance (zero when it is not listed). */
    BigDecimal trialBalanceNet(JsonNode trialBalance, String account) {
        for (JsonNode line : trialBalance.get("lines")) {
            if (line.get("account").asText().equals(account)) {
                return new BigDecimal(line.get("debit").asText()).subtract(new BigDecimal(line.get("credit").asText()));
            }
        }
        return BigDecimal.ZERO;
    }

    static BigDecimal money(JsonNode node) {
        return new BigDecimal(node.asText());
    }
}
