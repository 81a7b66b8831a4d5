package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A transaction happened on an account, with every figure it moved. The parts add up:
 * the money came from a tender (cash, card payment, cheque), a Juice Card, the wallet (a negative
 * {@code walletChange}) or nowhere (credit notes, free tokens, adjustments); it went to arrears,
 * to energy and its tax, or into the wallet (a positive {@code walletChange}). A Reversal carries
 * the exact negation of its original's figures, except the Reversal of a Juice Card redemption
 * (revision 2): the card stays used and its value comes back as wallet credit, {@code cardRefund},
 * which is included in {@code walletChange}.
 *
 * @param total          the value of the transaction (what was paid, credited or charged)
 * @param tendered       what the customer handed over, when more than the total (cash purchases)
 * @param change         what the cashier gave back
 * @param arrears        signed changes of arrears items (negative: paid or written off)
 * @param arrearsAmount  the part of the total that paid arrears (positive), or debt created
 * @param energyAmount   the part that bought energy, net of tax
 * @param taxAmount      the tax on that energy
 * @param walletChange   the signed change of the account's wallet
 * @param units          kWh on the token (scale 1), or the currency credited to the wallet (scale 2)
 * @param token          the 20-digit STS token, when one was issued
 * @param counterparty   the other account of a wallet transfer
 * @param note           the reason, note or work order the user gave
 * @param cardSerial     the Juice Card that paid (type JC)
 * @param cardRefund     on the Reversal of a JC: the card's value credited to this account's wallet
 *                       (null on every other transaction, and on revision 1, when a reversed card
 *                       became Activated again and its value went back to the card float)
 */
@Revision("2")
public record TransactionRecorded(
        String accountNumber,
        long transactionNumber,
        TransactionType type,
        Tender tender,
        String meterNumber,
        Money total,
        Money tendered,
        Money change,
        List<ArrearsMovement> arrears,
        Money arrearsAmount,
        Money energyAmount,
        Money taxAmount,
        Money walletChange,
        BigDecimal units,
        UnitType unitType,
        String token,
        String counterparty,
        Long reversalOf,
        String note,
        String cardSerial,
        Money cardRefund) implements AccountEvent {

    public TransactionRecorded {
        arrears = List.copyOf(arrears);
    }

    /** Any transaction but the Reversal of a Juice Card redemption. */
    public TransactionRecorded(String accountNumber, long transactionNumber, TransactionType type, Tender tender,
                               String meterNumber, Money total, Money tendered, Money change,
                               List<ArrearsMovement> arrears, Money arrearsAmount, Money energyAmount,
                               Money taxAmount, Money walletChange, BigDecimal units, UnitType unitType,
                               String token, String counterparty, Long reversalOf, String note, String cardSerial) {
        this(accountNumber, transactionNumber, type, tender, meterNumber, total, tendered, change, arrears,
                arrearsAmount, energyAmount, taxAmount, walletChange, units, unitType, token, counterparty,
                reversalOf, note, cardSerial, null);
    }
}
