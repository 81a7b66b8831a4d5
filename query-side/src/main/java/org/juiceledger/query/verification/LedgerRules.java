package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.CardState;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The posting table of docs/ledger.md, written again from the document (not shared with the ledger
 * projection), line order included: the source of the money first, then arrears, energy, tax and wallet.
 */
final class LedgerRules {

    static final String CARD_FLOAT = "CARD_FLOAT";
    static final String WALLET = "WALLET_LIABILITY";
    static final String ARREARS = "ARREARS_RECEIVABLE";
    static final String REVENUE = "ENERGY_REVENUE";
    static final String TAX = "TAX_PAYABLE";
    static final String CHARGES = "ARREARS_CHARGES";
    static final String CREDIT_NOTES = "CREDIT_NOTE_EXPENSE";
    static final String BAD_DEBT = "BAD_DEBT_EXPENSE";
    static final String ADJUSTMENTS = "ADJUSTMENTS";
    static final String CLEARING = "WALLET_TRANSFER_CLEARING";
    static final String VOIDED = "VOIDED_CARDS";
    static final String OVER_SHORT = "CASH_OVER_SHORT";
    static final String TREASURY = "TREASURY";

    private LedgerRules() {
    }

    static String till(String cashier, String tender) {
        return "CASH_ON_HAND:" + cashier + ":" + tender;
    }

    /** The entry of a transaction that is not a Reversal; null when the rules cannot post it. */
    static ExpectedEntry transaction(TransactionRecorded t, String who) {
        BigDecimal total = t.total().amount();
        BigDecimal wallet = t.walletChange().amount();
        ExpectedEntry entry = new ExpectedEntry();
        switch (t.type()) {
            case CASH, CASH_CC, CASH_CHECK, CASH_DC -> {
                if (t.tender() == null) {
                    return null;
                }
                payment(entry.debit(till(who, t.tender().name()), total), t);
            }
            case JC -> payment(entry.debit(CARD_FLOAT, total), t);
            case WALLET -> {
                if (t.counterparty() == null) {
                    payment(entry.debit(WALLET, wallet.negate()), t);
                } else {
                    entry.credit(WALLET, wallet).debit(CLEARING, wallet);
                }
            }
            case ARREARS -> entry.debit(ARREARS, total).credit(CHARGES, total);
            case WRITEOFF -> entry.debit(BAD_DEBT, total).credit(ARREARS, total);
            case CREDIT -> entry.debit(CREDIT_NOTES, total).credit(WALLET, wallet);
            case ADJ -> entry.debit(ADJUSTMENTS, wallet).credit(WALLET, wallet)
                    .debit(ARREARS, t.arrearsAmount().amount()).credit(ADJUSTMENTS, t.arrearsAmount().amount());
            case FREE, MGMT -> {
                // no money moves
            }
            case REVERSAL -> throw new IllegalArgumentException("a Reversal mirrors its original");
        }
        return entry;
    }

    private static void payment(ExpectedEntry entry, TransactionRecorded t) {
        entry.credit(ARREARS, t.arrearsAmount().amount())
                .credit(REVENUE, t.energyAmount().amount())
                .credit(TAX, t.taxAmount().amount());
        if (t.walletChange().amount().signum() > 0) {
            entry.credit(WALLET, t.walletChange().amount());
        }
    }

    /** Whether a transaction carries any money (a Reversal of one that posted nothing must not). */
    static boolean carriesMoney(TransactionRecorded t) {
        return List.of(t.total(), t.arrearsAmount(), t.energyAmount(), t.taxAmount(), t.walletChange()).stream()
                .anyMatch(m -> m.amount().signum() != 0);
    }

    /**
     * The Reversal of a Juice Card redemption whose card stays used ({@code cardRefund} set): the
     * redemption's credit lines (where the card's money went) become debits, and the card's value is
     * credited to wallet liability; the card float is not touched. Null (the ledger stops) unless the
     * redemption's only source was exactly that value taken out of the card float.
     */
    static ExpectedEntry cardRefund(List<ExpectedEntry.Line> redemption, BigDecimal refund) {
        BigDecimal fromCardFloat = BigDecimal.ZERO;
        ExpectedEntry entry = new ExpectedEntry();
        for (ExpectedEntry.Line line : redemption) {
            boolean cardFloat = line.account().equals(CARD_FLOAT);
            if (line.debit().signum() > 0 && cardFloat) {
                fromCardFloat = fromCardFloat.add(line.debit());
            } else if (line.credit().signum() > 0 && !cardFloat) {
                entry.debit(line.account(), line.credit());
            } else {
                return null;
            }
        }
        if (fromCardFloat.compareTo(refund) != 0) {
            return null;
        }
        return entry.credit(WALLET, refund);
    }

    static ExpectedEntry cardsSold(CardsSold sale, String who) {
        return new ExpectedEntry().debit(till(who, sale.tender().name()), sale.total().amount())
                .credit(CARD_FLOAT, sale.total().amount());
    }

    static ExpectedEntry cardVoided(CardVoided voided) {
        ExpectedEntry entry = new ExpectedEntry();
        if (voided.previousState() == CardState.ACTIVATED) {
            entry.debit(CARD_FLOAT, voided.denomination().amount()).credit(VOIDED, voided.denomination().amount());
        }
        return entry;
    }

    /** Cash first (declared to the treasury), then the other tenders as recorded, then the difference. */
    static ExpectedEntry batchClosed(CashierBatchClosed closed) {
        Map<String, Money> expected = closed.expected();
        BigDecimal expectedCash = amount(expected.get(Tender.CASH.name()));
        BigDecimal declared = closed.declaredCash().amount();
        ExpectedEntry entry = new ExpectedEntry()
                .credit(till(closed.cashier(), Tender.CASH.name()), expectedCash)
                .debit(TREASURY, declared);
        for (String tender : otherTenders(expected)) {
            BigDecimal amount = amount(expected.get(tender));
            entry.credit(till(closed.cashier(), tender), amount).debit(TREASURY, amount);
        }
        return entry.credit(OVER_SHORT, declared.subtract(expectedCash));
    }

    private static List<String> otherTenders(Map<String, Money> expected) {
        List<String> tenders = new ArrayList<>();
        for (Tender tender : Tender.values()) {
            if (tender != Tender.CASH && expected.containsKey(tender.name())) {
                tenders.add(tender.name());
            }
        }
        expected.keySet().stream().filter(name -> !isTender(name)).sorted().forEach(tenders::add);
        return tenders;
    }

    private static boolean isTender(String name) {
        for (Tender tender : Tender.values()) {
            if (tender.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }
}
