package org.juiceledger.command.account;

import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tests' own way of writing down a {@link TransactionRecorded}: each figure as the test states
 * it, every other one zero. Written apart from the production builder on purpose, so that an
 * expected event is not computed by the code under test.
 */
final class Recorded {

    private final String accountNumber;
    private final long number;
    private final TransactionType type;
    private Tender tender;
    private String meterNumber;
    private Money total = Money.ZERO;
    private Money tendered;
    private Money change = Money.ZERO;
    private List<ArrearsMovement> arrears = List.of();
    private Money arrearsAmount = Money.ZERO;
    private Money walletChange = Money.ZERO;
    private BigDecimal units = new BigDecimal("0.0");
    private UnitType unitType = UnitType.CURRENCY;
    private String token;
    private String counterparty;
    private String note;
    private String cardSerial;

    private Recorded(String accountNumber, long number, TransactionType type) {
        this.accountNumber = accountNumber;
        this.number = number;
        this.type = type;
    }

    static Recorded transaction(String accountNumber, long number, TransactionType type) {
        return new Recorded(accountNumber, number, type);
    }

    Recorded tender(Tender paidIn) {
        tender = paidIn;
        return this;
    }

    Recorded meter(String meter) {
        meterNumber = meter;
        return this;
    }

    Recorded total(Money value) {
        total = value;
        return this;
    }

    Recorded tendered(Money handedOver, Money given) {
        tendered = handedOver;
        change = given;
        return this;
    }

    Recorded arrears(List<ArrearsMovement> movements, Money paidOrCharged) {
        arrears = movements;
        arrearsAmount = paidOrCharged;
        return this;
    }

    /** A wallet credit (or debit, when negative): the units are that currency amount. */
    Recorded wallet(Money moved) {
        walletChange = moved;
        units = moved.amount();
        unitType = UnitType.CURRENCY;
        return this;
    }

    Recorded units(BigDecimal amount, UnitType kind) {
        units = amount;
        unitType = kind;
        return this;
    }

    Recorded token(String digits) {
        token = digits;
        return this;
    }

    Recorded counterparty(String otherAccount) {
        counterparty = otherAccount;
        return this;
    }

    Recorded note(String text) {
        note = text;
        return this;
    }

    Recorded paidWithCard(String serial) {
        cardSerial = serial;
        return this;
    }

    TransactionRecorded build() {
        return new TransactionRecorded(accountNumber, number, type, tender, meterNumber, total, tendered, change,
                arrears, arrearsAmount, Money.ZERO, Money.ZERO, walletChange, units, unitType, token, counterparty,
                null, note, cardSerial);
    }

    /** A Reversal written out by hand: the original's figures with their signs turned. */
    static TransactionRecorded reversalOf(TransactionRecorded original, long reversalNumber, String reason) {
        List<ArrearsMovement> undone = original.arrears().stream()
                .map(m -> new ArrearsMovement(m.itemId(), m.change().negated())).toList();
        return new TransactionRecorded(original.accountNumber(), reversalNumber, TransactionType.REVERSAL,
                original.tender(), original.meterNumber(), original.total().negated(), null, original.change().negated(),
                undone, original.arrearsAmount().negated(), original.energyAmount().negated(),
                original.taxAmount().negated(), original.walletChange().negated(), original.units().negate(),
                original.unitType(), null, original.counterparty(), original.transactionNumber(), reason,
                original.cardSerial());
    }
}
