package org.juiceledger.query.ledger;

import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.CardState;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.juiceledger.query.ledger.ChartOfAccounts.ADJUSTMENTS;
import static org.juiceledger.query.ledger.ChartOfAccounts.ARREARS_CHARGES;
import static org.juiceledger.query.ledger.ChartOfAccounts.ARREARS_RECEIVABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.BAD_DEBT_EXPENSE;
import static org.juiceledger.query.ledger.ChartOfAccounts.CARD_FLOAT;
import static org.juiceledger.query.ledger.ChartOfAccounts.CASH_OVER_SHORT;
import static org.juiceledger.query.ledger.ChartOfAccounts.CREDIT_NOTE_EXPENSE;
import static org.juiceledger.query.ledger.ChartOfAccounts.ENERGY_REVENUE;
import static org.juiceledger.query.ledger.ChartOfAccounts.TAX_PAYABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.TREASURY;
import static org.juiceledger.query.ledger.ChartOfAccounts.VOIDED_CARDS;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_LIABILITY;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_TRANSFER_CLEARING;
import static org.juiceledger.query.ledger.ChartOfAccounts.cashOnHand;

/**
 * The posting rules of docs/ledger.md as pure functions: an event in, the lines of its one journal
 * entry out (none when the event moves no value). Amounts are signed on the way into a
 * {@link Posting}, so a rule reads as "debit where the money came from, credit where it went".
 * Reversals are not computed here from their figures: they post the mirror of what the original
 * posted ({@link #mirror}).
 */
public final class PostingRules {

    private PostingRules() {
    }

    /** The entry of a transaction on one account; never for a Reversal (see {@link #mirror}). */
    public static Posting transaction(TransactionRecorded t, String who) {
        return switch (t.type()) {
            case CASH, CASH_CC, CASH_CHECK, CASH_DC -> paidInto(
                    Posting.none().debit(cashOnHand(who, tenderOf(t).name()), t.total()), t);
            case JC -> paidInto(Posting.none().debit(CARD_FLOAT, t.total()), t);
            case WALLET -> t.counterparty() == null ? walletPurchase(t) : walletTransfer(t);
            case ARREARS -> Posting.none().debit(ARREARS_RECEIVABLE, t.total()).credit(ARREARS_CHARGES, t.total());
            case WRITEOFF -> Posting.none().debit(BAD_DEBT_EXPENSE, t.total()).credit(ARREARS_RECEIVABLE, t.total());
            case CREDIT -> Posting.none().debit(CREDIT_NOTE_EXPENSE, t.total()).credit(WALLET_LIABILITY, t.walletChange());
            case ADJ -> Posting.none()
                    .debit(ADJUSTMENTS, t.walletChange()).credit(WALLET_LIABILITY, t.walletChange())
                    .debit(ARREARS_RECEIVABLE, t.arrearsAmount()).credit(ADJUSTMENTS, t.arrearsAmount());
            case FREE, MGMT -> Posting.none();
            case REVERSAL -> throw new IllegalArgumentException("A Reversal posts the mirror of its original's entry");
        };
    }

    /** Whether a transaction carries any money at all (Free and Mgmt, and their reversals, do not). */
    public static boolean movesValue(TransactionRecorded t) {
        return !(t.total().isZero() && t.arrearsAmount().isZero() && t.energyAmount().isZero()
                && t.taxAmount().isZero() && t.walletChange().isZero());
    }

    /** The exact mirror of an original entry: the same lines with debit and credit swapped. */
    public static Posting mirror(List<JournalLine> original) {
        return Posting.of(original).mirror();
    }

    /**
     * The Reversal of a Juice Card redemption that kept the card used: the mirror of where the
     * redemption's money went (arrears, energy, tax, wallet), and the card's value credited to wallet
     * liability instead of back to the card float. The original must have taken exactly that value
     * out of the card float.
     */
    public static Posting cardRedemptionReversal(List<JournalLine> original, Money refund, String what) {
        BigDecimal fromCardFloat = original.stream().filter(line -> line.ledgerAccount().equals(CARD_FLOAT))
                .map(JournalLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (fromCardFloat.compareTo(refund.amount()) != 0) {
            throw new UnbalancedEntryException(what + " credits " + refund + " for a card, but its original took "
                    + fromCardFloat + " out of " + CARD_FLOAT);
        }
        List<JournalLine> whereTheMoneyWent = original.stream()
                .filter(line -> !line.ledgerAccount().equals(CARD_FLOAT)).toList();
        return Posting.of(whereTheMoneyWent).mirror().credit(WALLET_LIABILITY, refund);
    }

    /** A card sale: the cashier holds the money, the cards are now a liability. */
    public static Posting cardsSold(CardsSold sale, String who) {
        return Posting.none().debit(cashOnHand(who, sale.tender().name()), sale.total()).credit(CARD_FLOAT, sale.total());
    }

    /** A voided Activated card takes its value out of the card float; an Available one had none. */
    public static Posting cardVoided(CardVoided voided) {
        if (voided.previousState() != CardState.ACTIVATED) {
            return Posting.none();
        }
        return Posting.none().debit(CARD_FLOAT, voided.denomination()).credit(VOIDED_CARDS, voided.denomination());
    }

    /**
     * A batch close: each tender's expected amount leaves the cashier's cash on hand; the treasury
     * receives what was handed over (the declared cash, the other tenders as recorded); the cash
     * difference goes to over/short (short is a debit).
     */
    public static Posting batchClosed(CashierBatchClosed closed) {
        Map<String, Money> expected = closed.expected();
        Money expectedCash = expected.getOrDefault(Tender.CASH.name(), Money.ZERO);
        Posting posting = Posting.none()
                .credit(cashOnHand(closed.cashier(), Tender.CASH.name()), expectedCash)
                .debit(TREASURY, closed.declaredCash());
        for (String tender : otherTenders(expected)) {
            posting.credit(cashOnHand(closed.cashier(), tender), expected.get(tender))
                    .debit(TREASURY, expected.get(tender));
        }
        return posting.credit(CASH_OVER_SHORT, closed.declaredCash().minus(expectedCash));
    }

    /** Where a payment went: arrears paid, energy and its tax, and what went into the wallet. */
    private static Posting paidInto(Posting source, TransactionRecorded t) {
        source.credit(ARREARS_RECEIVABLE, t.arrearsAmount())
                .credit(ENERGY_REVENUE, t.energyAmount())
                .credit(TAX_PAYABLE, t.taxAmount());
        if (t.walletChange().isPositive()) {
            source.credit(WALLET_LIABILITY, t.walletChange());
        }
        return source;
    }

    /** Paid from the wallet: the wallet liability drops by what left it (the negative wallet change). */
    private static Posting walletPurchase(TransactionRecorded t) {
        return paidInto(Posting.none().debit(WALLET_LIABILITY, t.walletChange().negated()), t);
    }

    /** One side of a transfer, through clearing: the sender's side debits the wallet, the receiver's credits it. */
    private static Posting walletTransfer(TransactionRecorded t) {
        return Posting.none()
                .credit(WALLET_LIABILITY, t.walletChange())
                .debit(WALLET_TRANSFER_CLEARING, t.walletChange());
    }

    private static Tender tenderOf(TransactionRecorded t) {
        if (t.tender() == null) {
            throw new UnbalancedEntryException("Transaction " + t.transactionNumber() + " of type " + t.type().label()
                    + " has no tender");
        }
        return t.tender();
    }

    private static List<String> otherTenders(Map<String, Money> expected) {
        List<String> order = new ArrayList<>(Arrays.stream(Tender.values()).map(Tender::name).toList());
        List<String> tenders = new ArrayList<>();
        for (String tender : order) {
            if (!tender.equals(Tender.CASH.name()) && expected.containsKey(tender)) {
                tenders.add(tender);
            }
        }
        expected.keySet().stream().filter(tender -> !order.contains(tender)).sorted().forEach(tenders::add);
        return tenders;
    }
}
