package org.juiceledger.query.ledger;

import java.util.List;

/**
 * The ledger accounts (docs/ledger.md). Cash on hand is one account per cashier login and tender,
 * {@code CASH_ON_HAND:<cashier>:<TENDER>}; every other account is a single code.
 */
public final class ChartOfAccounts {

    /** Prefix of the cash-on-hand accounts (asset). */
    public static final String CASH_ON_HAND = "CASH_ON_HAND";
    /** Activated, unredeemed Juice Cards (liability). */
    public static final String CARD_FLOAT = "CARD_FLOAT";
    /** Customer wallet balances (liability). */
    public static final String WALLET_LIABILITY = "WALLET_LIABILITY";
    /** Debt customers owe (asset). */
    public static final String ARREARS_RECEIVABLE = "ARREARS_RECEIVABLE";
    /** Energy sold, net of tax (income). */
    public static final String ENERGY_REVENUE = "ENERGY_REVENUE";
    /** Tax collected on energy (liability). */
    public static final String TAX_PAYABLE = "TAX_PAYABLE";
    /** Debt created by Arrears transactions (income). */
    public static final String ARREARS_CHARGES = "ARREARS_CHARGES";
    /** Wallet credit notes (expense). */
    public static final String CREDIT_NOTE_EXPENSE = "CREDIT_NOTE_EXPENSE";
    /** Arrears written off (expense). */
    public static final String BAD_DEBT_EXPENSE = "BAD_DEBT_EXPENSE";
    /** The other side of Adj transactions. */
    public static final String ADJUSTMENTS = "ADJUSTMENTS";
    /** Wallet transfers pass through here; nets to zero once both sides are posted. */
    public static final String WALLET_TRANSFER_CLEARING = "WALLET_TRANSFER_CLEARING";
    /** Activated cards voided: the card liability leaves here, visibly. */
    public static final String VOIDED_CARDS = "VOIDED_CARDS";
    /** Cash differences at batch close (short = debit). */
    public static final String CASH_OVER_SHORT = "CASH_OVER_SHORT";
    /** What cashiers hand over at batch close (asset). */
    public static final String TREASURY = "TREASURY";

    /** Which side an account's balance normally stands on. */
    public enum NormalSide { DEBIT, CREDIT }

    private static final List<String> CREDIT_NORMAL = List.of(CARD_FLOAT, WALLET_LIABILITY, ENERGY_REVENUE,
            TAX_PAYABLE, ARREARS_CHARGES, VOIDED_CARDS);
    /** Every single-code account, in the order of the chart. */
    public static final List<String> FIXED_ACCOUNTS = List.of(CARD_FLOAT, WALLET_LIABILITY, ARREARS_RECEIVABLE,
            ENERGY_REVENUE, TAX_PAYABLE, ARREARS_CHARGES, CREDIT_NOTE_EXPENSE, BAD_DEBT_EXPENSE, ADJUSTMENTS,
            WALLET_TRANSFER_CLEARING, VOIDED_CARDS, CASH_OVER_SHORT, TREASURY);

    private ChartOfAccounts() {
    }

    /** {@code CASH_ON_HAND:<cashier>:<TENDER>}. */
    public static String cashOnHand(String cashier, String tender) {
        if (cashier == null || cashier.isBlank() || tender == null || tender.isBlank()) {
            throw new IllegalArgumentException("Cash on hand needs a cashier and a tender");
        }
        return CASH_ON_HAND + ":" + cashier + ":" + tender;
    }

    /** Whether a code names an account of this chart (any cashier's cash on hand included). */
    public static boolean isAccount(String code) {
        if (code == null) {
            return false;
        }
        if (FIXED_ACCOUNTS.contains(code)) {
            return true;
        }
        String[] parts = code.split(":", -1);
        return parts.length == 3 && parts[0].equals(CASH_ON_HAND) && !parts[1].isBlank() && !parts[2].isBlank();
    }

    public static NormalSide normalSide(String code) {
        return CREDIT_NORMAL.contains(code) ? NormalSide.CREDIT : NormalSide.DEBIT;
    }
}
