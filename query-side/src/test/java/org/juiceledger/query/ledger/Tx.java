package org.juiceledger.query.ledger;

import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;

/** Builds TransactionRecorded events as the command side records them: every figure zero unless set. */
final class Tx {

    private final String account;
    private final long number;
    private final TransactionType type;
    private Tender tender;
    private Money total = Money.ZERO;
    private Money arrearsAmount = Money.ZERO;
    private Money energy = Money.ZERO;
    private Money tax = Money.ZERO;
    private Money wallet = Money.ZERO;
    private String counterparty;
    private String cardSerial;

    private Tx(String account, long number, TransactionType type) {
        this.account = account;
        this.number = number;
        this.type = type;
    }

    static Tx tx(String account, long number, TransactionType type) {
        return new Tx(account, number, type);
    }

    Tx tender(Tender tender) {
        this.tender = tender;
        return this;
    }

    Tx total(String amount) {
        this.total = Money.of(amount);
        return this;
    }

    Tx arrears(String amount) {
        this.arrearsAmount = Money.of(amount);
        return this;
    }

    Tx energy(String amount, String tax) {
        this.energy = Money.of(amount);
        this.tax = Money.of(tax);
        return this;
    }

    Tx wallet(String change) {
        this.wallet = Money.of(change);
        return this;
    }

    Tx counterparty(String account) {
        this.counterparty = account;
        return this;
    }

    Tx card(String serial) {
        this.cardSerial = serial;
        return this;
    }

    TransactionRecorded build() {
        List<ArrearsMovement> movements = arrearsAmount.isZero() ? List.of()
                : List.of(new ArrearsMovement("ARR-1", type == TransactionType.ARREARS || type == TransactionType.ADJ
                ? arrearsAmount : arrearsAmount.negated()));
        return new TransactionRecorded(account, number, type, tender, null, total, null, Money.ZERO, movements,
                arrearsAmount, energy, tax, wallet, BigDecimal.ZERO.setScale(1), UnitType.KWH, null, counterparty,
                null, null, cardSerial);
    }

    /** The Reversal of a JC redemption as the command side records it now: negated, the card's value into the wallet. */
    static TransactionRecorded cardRedemptionReversal(TransactionRecorded original, long reversalNumber) {
        TransactionRecorded mirror = reversal(original, reversalNumber);
        return new TransactionRecorded(mirror.accountNumber(), reversalNumber, TransactionType.REVERSAL, null,
                mirror.meterNumber(), mirror.total(), null, mirror.change(), mirror.arrears(), mirror.arrearsAmount(),
                mirror.energyAmount(), mirror.taxAmount(), mirror.walletChange().plus(original.total()), mirror.units(),
                mirror.unitType(), null, null, original.transactionNumber(), "reason", original.cardSerial(),
                original.total());
    }

    /** The Reversal the command side records for an original: every figure negated. */
    static TransactionRecorded reversal(TransactionRecorded original, long reversalNumber) {
        return new TransactionRecorded(original.accountNumber(), reversalNumber, TransactionType.REVERSAL,
                original.tender(), original.meterNumber(), original.total().negated(), null,
                original.change().negated(), original.arrears().stream()
                .map(m -> new ArrearsMovement(m.itemId(), m.change().negated())).toList(),
                original.arrearsAmount().negated(), original.energyAmount().negated(), original.taxAmount().negated(),
                original.walletChange().negated(), original.units().negate(), original.unitType(), null,
                original.counterparty(), original.transactionNumber(), "reason", original.cardSerial());
    }
}
