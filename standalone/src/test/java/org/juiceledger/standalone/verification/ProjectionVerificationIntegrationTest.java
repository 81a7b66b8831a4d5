package org.juiceledger.standalone.verification;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Verification over a realistic day (accounts, sales in every tender, wallet moves, cards sold,
 * redeemed, voided, redemptions reversed to wallets, write-off, adjustment, free and management tokens,
 * reversals, a batch close): nothing is wrong; then one projection row of each kind is changed behind
 * the projections' back, and verification names exactly that value.
 */
@PostgresIntegrationTest
class ProjectionVerificationIntegrationTest {

    private static final List<String> PROJECTIONS = List.of("account_view", "meter_view", "transaction_view",
            "card_view", "card_history", "tariff_version_view", "cashier_activity", "settlement_view",
            "journal_entry", "journal_line", "ledger_balance");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Day(String tariff, String account, String meter, long deposit, long reversal,
               String redeemedCard, String cashier, CardReversals cards) {
    }

    /** The Juice Cards of the day whose redemption was reversed (the card stays Redeemed), and the one voided. */
    record CardReversals(String stsCard, String stsAccount, long stsReversal, String amiCard, String amiAccount,
                         String creditedAccount, String voidedCard) {
    }

    @Test
    void aRealisticDayVerifiesCleanAndEachTamperedRowIsNamedExactly() {
        Desk desk = new Desk(port);
        String auditor = desk.user("AUDITOR");
        Day day = realisticDay(desk, desk.user("CARD_ADMIN"));

        assertTheCardRuleWasFollowed(desk, day.cards());

        JsonNode clean = Verifications.result(desk, auditor);
        assertThat(clean.get("mismatches")).as(clean.toString()).isEmpty();
        assertThat(clean.get("mismatchCount").asLong()).isZero();
        assertThat(clean.get("notCaughtUp")).isEmpty();
        assertThat(clean.get("eventsReplayed").asLong()).isPositive();
        for (String projection : PROJECTIONS) {
            assertThat(clean.get("rowsCompared").get(projection).asLong()).as(projection).isPositive();
        }

        tampered(desk, auditor, "update account_view set wallet_balance = wallet_balance + 1 where account_number = ?",
                "update account_view set wallet_balance = wallet_balance - 1 where account_number = ?",
                new Object[]{day.account()},
                "account_view", day.account(), "wallet_balance", "5.00", "6.00");
        tampered(desk, auditor, "update card_view set state = 'AVAILABLE' where serial = ?",
                "update card_view set state = 'REDEEMED' where serial = ?", new Object[]{day.redeemedCard()},
                "card_view", day.redeemedCard(), "state", "REDEEMED", "AVAILABLE");
        tampered(desk, auditor, "update transaction_view set status = 'OK' where transaction_number = ?",
                "update transaction_view set status = 'REVERSED' where transaction_number = ?",
                new Object[]{day.deposit()},
                "transaction_view", day.deposit() + "/" + day.account(), "status", "REVERSED", "OK");
        tampered(desk, auditor, "update meter_view set kind = 'AMI' where meter_number = ?",
                "update meter_view set kind = 'STS' where meter_number = ?", new Object[]{day.meter()},
                "meter_view", day.meter(), "kind", "STS", "AMI");
        tampered(desk, auditor, "update tariff_version_view set price_per_kwh = 0.6 where tariff_id = ?",
                "update tariff_version_view set price_per_kwh = 0.5 where tariff_id = ?", new Object[]{day.tariff()},
                "tariff_version_view", day.tariff() + "/1", "price_per_kwh", "0.500000", "0.600000");
        tampered(desk, auditor, "update settlement_view set declared_cash = declared_cash + 5 where cashier = ?",
                "update settlement_view set declared_cash = declared_cash - 5 where cashier = ?",
                new Object[]{day.cashier()},
                "settlement_view", day.cashier() + "/1", "declared_cash", "100.00", "105.00");

        tampered(desk, auditor, "update cashier_activity set amount = amount + 1 where transaction_number = ?",
                "update cashier_activity set amount = amount - 1 where transaction_number = ?",
                new Object[]{day.deposit()},
                "cashier_activity", day.cashier() + "/" + day.deposit() + "/1", "amount", "15.00", "16.00");
        String detail = jdbc.queryForObject("select detail from card_history where serial = ? and event = 'CardRedeemed'",
                String.class, day.redeemedCard());
        tampered(desk, auditor, "update card_history set detail = 'nothing happened' where serial = ? and event = 'CardRedeemed'",
                "update card_history set detail = ? where serial = ? and event = 'CardRedeemed'",
                new Object[]{day.redeemedCard()}, new Object[]{detail, day.redeemedCard()},
                "card_history", day.redeemedCard() + "/4", "detail", detail, "nothing happened");

        Map<String, Object> line = jdbc.queryForMap("select l.id, e.event_id, l.line_no from journal_line l"
                + " join journal_entry e on e.id = l.entry_id where e.transaction_number = ? and e.account_number = ?"
                + " and l.debit > 0 order by e.global_position limit 1", day.deposit(), day.account());
        tampered(desk, auditor, "update journal_line set debit = debit + 1 where id = ?",
                "update journal_line set debit = debit - 1 where id = ?", new Object[]{line.get("id")},
                "journal_line", line.get("event_id") + "/" + line.get("line_no"), "debit", "15.00", "16.00");
        String entry = jdbc.queryForObject("select event_id from journal_entry where transaction_number = ?"
                + " and account_number = ? and mirror_of is not null", String.class, day.reversal(), day.account());
        tampered(desk, auditor, "update journal_entry set description = 'something else' where event_id = ?",
                "update journal_entry set description = 'Reversal of " + day.deposit() + "' where event_id = ?",
                new Object[]{entry}, "journal_entry", entry, "description", "Reversal of " + day.deposit(),
                "something else");
        BigDecimalText treasury = new BigDecimalText(jdbc.queryForObject(
                "select debit_total from ledger_balance where ledger_account = 'TREASURY'", String.class));
        tampered(desk, auditor, "update ledger_balance set debit_total = debit_total + 0.01 where ledger_account = ?",
                "update ledger_balance set debit_total = debit_total - 0.01 where ledger_account = ?",
                new Object[]{"TREASURY"}, "ledger_balance", "TREASURY", "debit_total", treasury.text(),
                treasury.plusOneCent());

        CardReversals cards = day.cards();
        tampered(desk, auditor, "update card_view set state = 'ACTIVATED' where serial = ?",
                "update card_view set state = 'REDEEMED' where serial = ?", new Object[]{cards.stsCard()},
                "card_view", cards.stsCard(), "state", "REDEEMED", "ACTIVATED");
        Map<String, Object> refund = jdbc.queryForMap("select l.id, e.event_id, l.line_no from journal_line l"
                + " join journal_entry e on e.id = l.entry_id where e.transaction_number = ? and e.account_number = ?"
                + " and l.ledger_account = 'WALLET_LIABILITY' and l.credit > 0", cards.stsReversal(), cards.stsAccount());
        tampered(desk, auditor, "update journal_line set ledger_account = 'CARD_FLOAT' where id = ?",
                "update journal_line set ledger_account = 'WALLET_LIABILITY' where id = ?", new Object[]{refund.get("id")},
                "journal_line", refund.get("event_id") + "/" + refund.get("line_no"), "ledger_account",
                "WALLET_LIABILITY", "CARD_FLOAT");

        JsonNode restored = Verifications.result(desk, auditor);
        assertThat(restored.get("mismatches")).as(restored.toString()).isEmpty();
    }

    @Test
    void onlyAuditorsVerifyAndAnUnknownRunIsAProblem() {
        Desk desk = new Desk(port);
        String auditor = desk.user("AUDITOR");
        assertThat(desk.post(desk.cashier, "/api/audit/verification", null).status()).isEqualTo(403);
        Reply unknown = desk.api.get("/api/audit/verification/no-such-run", auditor, Desk.PASSWORD);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("code").asText()).isEqualTo("VERIFICATION_NOT_FOUND");
        JsonNode finished = Verifications.run(desk, auditor);
        assertThat(finished.get("eventsRead").asLong()).isEqualTo(finished.get("eventsTotal").asLong())
                .isEqualTo(finished.get("result").get("eventsReplayed").asLong());
        assertThat(desk.api.get("/api/audit/verification", auditor, Desk.PASSWORD).json().get("id").asText())
                .isEqualTo(finished.get("id").asText());
    }

    private record BigDecimalText(String text) {
        String plusOneCent() {
            return new BigDecimal(text).add(new BigDecimal("0.01")).toPlainString();
        }
    }

    private void tampered(Desk desk, String auditor, String tamper, String restore, Object[] arguments,
                          String projection, String key, String field, String expected, String actual) {
        tampered(desk, auditor, tamper, restore, arguments, arguments, projection, key, field, expected, actual);
    }

    private void tampered(Desk desk, String auditor, String tamper, String restore, Object[] tamperArguments,
                          Object[] restoreArguments, String projection, String key, String field, String expected,
                          String actual) {
        assertThat(jdbc.update(tamper, tamperArguments)).as(tamper).isEqualTo(1);
        try {
            JsonNode result = Verifications.result(desk, auditor);
            assertThat(mismatches(result)).as(result.toString())
                    .containsExactly(List.of(projection, key, field, expected, actual));
            assertThat(result.get("mismatchCount").asLong()).isEqualTo(1);
            assertThat(result.get("mismatchesByProjection").get(projection).asLong()).isEqualTo(1);
        } finally {
            assertThat(jdbc.update(restore, restoreArguments)).as(restore).isEqualTo(1);
        }
    }

    private static List<List<String>> mismatches(JsonNode result) {
        List<List<String>> found = new ArrayList<>();
        for (JsonNode m : result.get("mismatches")) {
            found.add(List.of(m.get("projection").asText(), m.get("key").asText(), m.get("field").asText(),
                    m.get("expected").asText(), m.get("actual").asText()));
        }
        return found;
    }

    /**
     * Account A: arrears 20, a cash purchase 30, a deposit 15 (DC) reversed, 10 received from B, 5 spent
     * from the wallet, a card redeemed to its meter; account B: a cash deposit 40, a credit note 3, a
     * card redeemed to its wallet. Three 20.00 cards: two sold and redeemed, one sold and the sale
     * reversed. Then the card reversals and special transactions below. The cashier closes the batch
     * declaring 100.00 cash; it collected 185.00 cash (30 + 40 + 40 + 20 - 20 + 75), 23.00 by card,
     * 7.00 by cheque and 9.00 by debit card (the 15.00 was reversed).
     */
    private static Day realisticDay(Desk desk, String cardAdmin) {
        String tariff = desk.tariff("0.500000", "15");
        String a = desk.account(tariff);
        String meter = desk.stsMeter(a);
        String b = desk.account(tariff);
        desk.amiMeter(b);
        String aBase = "/api/accounts/" + a;
        String bBase = "/api/accounts/" + b;
        desk.transact(desk.supervisor, aBase + "/arrears", json("amount", "20.00", "description", "old bill"));
        desk.transact(desk.cashier, aBase + "/purchases", json("amount", "30.00", "tender", "CASH", "meterNumber", meter));
        long deposit = desk.transact(desk.cashier, aBase + "/wallet/deposits", json("amount", "15.00", "tender", "DC"))
                .get("transactionNumber").asLong();
        long reversal = desk.transact(desk.supervisor, "/api/transactions/" + deposit + "/reversal",
                json("reason", "wrong account")).get("transactionNumber").asLong();
        desk.transact(desk.cashier, bBase + "/wallet/deposits", json("amount", "40.00", "tender", "CASH"));
        desk.transact(desk.cashier, bBase + "/wallet/transfers", json("toAccount", a, "amount", "10.00"));
        desk.transact(desk.cashier, aBase + "/wallet/purchases", json("amount", "5.00", "meterNumber", meter));
        desk.transact(desk.supervisor, bBase + "/wallet/credit-notes", json("amount", "3.00", "note", "goodwill"));

        CardStock stock = new CardStock(desk, cardAdmin);
        CardStock.Batch cards = stock.generate(3, "20.00", 16, "NUMERIC");
        assertThat(desk.post(desk.supervisor, "/api/cards/custody", json("firstSerial", cards.serial(0),
                "lastSerial", cards.serial(2), "cashier", desk.cashier)).status()).isEqualTo(200);
        Reply sold = stock.activate(desk.cashier, cards.serial(0), cards.serial(1), "40.00");
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        desk.transact(desk.cashier, "/api/cards/redeem", json("pin", cards.pins().get(0), "meterNumber", meter));
        desk.transact(desk.cashier, "/api/cards/redeem", json("pin", cards.pins().get(1), "accountNumber", b));
        Reply third = stock.activate(desk.cashier, cards.serial(2), cards.serial(2), "20.00");
        assertThat(third.status()).as(third.body()).isEqualTo(201);
        desk.transact(desk.supervisor, "/api/transactions/" + third.json().get("transactionNumber").asLong()
                + "/reversal", json("reason", "customer changed their mind"));

        CardReversals reversals = cardReversalsAndSpecialTransactions(desk, stock, tariff);

        Reply closed = desk.post(desk.cashier, "/api/cashiers/" + desk.cashier + "/batch-close",
                json("declaredCash", "100.00"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        JsonNode byTender = closed.json().get("byTender");
        assertThat(List.of(byTender.get("CASH").get("expected").asText(), byTender.get("CC").get("expected").asText(),
                byTender.get("CHECK").get("expected").asText(), byTender.get("DC").get("expected").asText()))
                .containsExactly("185.00", "23.00", "7.00", "9.00");
        return new Day(tariff, a, meter, deposit, reversal, cards.serial(0), desk.cashier, reversals);
    }

    /**
     * Account C (STS meter) owes 13.50 and redeems a 25.00 card to its meter (13.50 arrears, 11.50 energy
     * and tax), reversed: the card stays Redeemed, C's wallet gets the 25.00 and the arrears are owed again.
     * Account D redeems a 25.00 card to its AMI meter, reversed to the wallet of account E. A third card
     * is sold and voided. On C: a write-off of 2.00 (by another supervisor than the one who created the
     * debt), a 23.00 purchase paid by card (CC), a 7.00 deposit by cheque, a free and a management token;
     * D: a 9.00 deposit by debit card; an adjustment of E's wallet (+2.00) and C's arrears (+1.00).
     * Wallets end at C 32.00, D 9.00, E 27.00.
     */
    private static CardReversals cardReversalsAndSpecialTransactions(Desk desk, CardStock stock, String tariff) {
        String c = desk.account(tariff);
        String stsMeter = desk.stsMeter(c);
        String d = desk.account(tariff);
        String amiMeter = desk.amiMeter(d);
        String e = desk.account(tariff);
        String cBase = "/api/accounts/" + c;
        CardStock.Batch cards = stock.generate(3, "25.00", 16, "NUMERIC");
        assertThat(desk.post(desk.supervisor, "/api/cards/custody", json("firstSerial", cards.serial(0),
                "lastSerial", cards.serial(2), "cashier", desk.cashier)).status()).isEqualTo(200);
        Reply sold = stock.activate(desk.cashier, cards.serial(0), cards.serial(2), "75.00");
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);

        desk.transact(desk.supervisor, cBase + "/arrears", json("amount", "13.50", "description", "meter debt"));
        JsonNode toSts = desk.transact(desk.cashier, "/api/cards/redeem",
                json("pin", cards.pins().get(0), "meterNumber", stsMeter));
        assertThat(toSts.get("arrearsAmount").asText()).isEqualTo("13.50");
        long stsReversal = desk.transact(desk.supervisor, "/api/transactions/" + toSts.get("transactionNumber").asLong()
                + "/reversal", json("reason", "token not accepted")).get("transactionNumber").asLong();
        JsonNode toAmi = desk.transact(desk.cashier, "/api/cards/redeem",
                json("pin", cards.pins().get(1), "meterNumber", amiMeter));
        desk.transact(desk.supervisor, "/api/transactions/" + toAmi.get("transactionNumber").asLong() + "/reversal",
                json("reason", "redeemed to the wrong account", "creditAccount", e));
        assertThat(desk.post(desk.supervisor, "/api/cards/" + cards.serial(2) + "/void", json("reason", "stolen"))
                .status()).isEqualTo(200);

        String otherSupervisor = desk.user("SUPERVISOR");
        desk.transact(otherSupervisor, cBase + "/arrears/write-offs", json("amount", "2.00", "reason", "hardship"));
        desk.transact(desk.cashier, cBase + "/purchases", json("amount", "23.00", "tender", "CC", "meterNumber", stsMeter));
        desk.transact(desk.cashier, cBase + "/wallet/deposits", json("amount", "7.00", "tender", "CHECK"));
        desk.transact(desk.cashier, "/api/accounts/" + d + "/wallet/deposits", json("amount", "9.00", "tender", "DC"));
        desk.transact(desk.supervisor, cBase + "/free-tokens",
                json("meterNumber", stsMeter, "units", "5", "reason", "free basic electricity"));
        desk.transact(desk.supervisor, cBase + "/management-tokens",
                json("meterNumber", stsMeter, "kind", "CLEAR_TAMPER", "workOrder", "WO-9"));
        desk.transact(desk.supervisor, "/api/adjustments", json("reason", "meter audit", "lines", List.of(
                Map.of("accountNumber", e, "target", "WALLET", "amount", "2.00"),
                Map.of("accountNumber", c, "target", "ARREARS", "amount", "1.00"))));
        return new CardReversals(cards.serial(0), c, stsReversal, cards.serial(1), d, e, cards.serial(2));
    }

    /** What the projections show before they are verified: both cards still used, the values in the wallets. */
    private static void assertTheCardRuleWasFollowed(Desk desk, CardReversals cards) {
        assertWallet(desk, cards.stsAccount(), "32.00");
        assertWallet(desk, cards.amiAccount(), "9.00");
        assertWallet(desk, cards.creditedAccount(), "27.00");
        assertThat(cardShowing(desk, cards.stsCard(), "CardRedemptionReversedToWallet").get("state").asText())
                .isEqualTo("REDEEMED");
        JsonNode ami = cardShowing(desk, cards.amiCard(), "CardRedemptionReversedToWallet");
        assertThat(ami.get("state").asText()).isEqualTo("REDEEMED");
        assertThat(ami.get("history").get(ami.get("history").size() - 1).get("detail").asText())
                .endsWith("credited to the wallet of account " + cards.creditedAccount());
        assertThat(cardShowing(desk, cards.voidedCard(), "CardVoided").get("state").asText()).isEqualTo("VOID");
    }

    private static void assertWallet(Desk desk, String account, String expected) {
        JsonNode overview = desk.overviewWhen(account,
                o -> new BigDecimal(o.get("balances").get("wallet").asText()).compareTo(new BigDecimal(expected)) == 0);
        assertThat(overview.get("balances").get("wallet").asText()).isEqualTo(expected);
    }

    private static JsonNode cardShowing(Desk desk, String serial, String lastEvent) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.api.get("/api/cards/" + serial, desk.cashier, Desk.PASSWORD),
                        reply -> reply.status() == 200
                                && reply.json().get("history").findValuesAsText("event").contains(lastEvent))
                .json();
    }
}
