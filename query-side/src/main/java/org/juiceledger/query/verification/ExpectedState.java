package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.card.CardActivated;
import org.juiceledger.kernel.card.CardActivationReversed;
import org.juiceledger.kernel.card.CardCustodyChanged;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.tariff.TariffPublished;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the projections must hold, worked out from the events by this code alone (not by the
 * projections' handlers), so a mistake in one does not hide in both.
 */
final class ExpectedState {

    static final String ZERO_TOKEN = "00000000000000000000";
    final Map<String, Map<String, Object>> accounts = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> transactions = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> cards = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> tariffs = new LinkedHashMap<>();
    long events;

    void apply(Object event) {
        events++;
        if (event instanceof AccountOpened e) {
            accounts.put(e.accountNumber(), row("name", e.name(), "wallet_balance", BigDecimal.ZERO,
                    "arrears_balance", BigDecimal.ZERO));
        } else if (event instanceof WalletCredited e) {
            account(e.accountNumber()).put("wallet_balance", e.balance().amount());
        } else if (event instanceof WalletDebited e) {
            account(e.accountNumber()).put("wallet_balance", e.balance().amount());
        } else if (event instanceof TransactionRecorded e) {
            recorded(e);
        } else if (event instanceof TransactionReversed e) {
            reversed(e);
        } else if (event instanceof TariffPublished e) {
            published(e);
        } else {
            applyCard(event);
        }
    }

    private void applyCard(Object event) {
        if (event instanceof CardIssued e) {
            cards.put(e.serial(), row("state", "AVAILABLE", "denomination", e.denomination().amount(), "custodian", null));
        } else if (event instanceof CardCustodyChanged e) {
            card(e.serial()).put("custodian", e.custodian());
        } else if (event instanceof CardActivated e) {
            card(e.serial()).put("state", "ACTIVATED");
        } else if (event instanceof CardRedeemed e) {
            card(e.serial()).put("state", "REDEEMED");
        } else if (event instanceof CardVoided e) {
            card(e.serial()).put("state", "VOID");
        } else if (event instanceof CardActivationReversed e) {
            card(e.serial()).put("state", "AVAILABLE");
        } else if (event instanceof CardRedemptionReversed e) {
            card(e.serial()).put("state", "ACTIVATED");
        }
    }

    private void recorded(TransactionRecorded e) {
        BigDecimal arrearsChange = e.arrears().stream().map(ArrearsMovement::change)
                .map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> account = account(e.accountNumber());
        account.put("arrears_balance", ((BigDecimal) account.get("arrears_balance")).add(arrearsChange));
        transactions.put(e.transactionNumber() + "/" + e.accountNumber(), row("type", e.type().label(), "status", "OK",
                "total", e.total().amount(), "arrears_amount", e.arrearsAmount().amount(),
                "amount", e.total().amount().subtract(e.arrearsAmount().amount()), "token", e.token(), "units", e.units()));
    }

    private void reversed(TransactionReversed e) {
        Map<String, Object> transaction = transactions.get(e.transactionNumber() + "/" + e.accountNumber());
        if (transaction != null) {
            transaction.put("status", "REVERSED");
            transaction.put("type", TransactionType.CREDIT.label());
            if (transaction.get("token") != null) {
                transaction.put("token", ZERO_TOKEN);
            }
        }
    }

    private void published(TariffPublished e) {
        tariffs.values().stream().filter(v -> e.tariffId().equals(v.get("tariff_id"))).forEach(v -> v.put("current_version", false));
        tariffs.put(e.tariffId() + "/" + e.version(), row("tariff_id", e.tariffId(), "price_per_kwh", e.pricePerKwh(),
                "tax_percent", e.taxPercent(), "current_version", true));
    }

    private Map<String, Object> account(String number) {
        return accounts.computeIfAbsent(number, n -> row("wallet_balance", BigDecimal.ZERO, "arrears_balance", BigDecimal.ZERO));
    }

    private Map<String, Object> card(String serial) {
        return cards.computeIfAbsent(serial, s -> row("state", "UNKNOWN"));
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
