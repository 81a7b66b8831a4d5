package org.juiceledger.command.account;

import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;

/** Assembles a {@link TransactionRecorded}: every figure starts at zero and only what moved is set. */
final class TransactionBuilder {

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
    private Money energyAmount = Money.ZERO;
    private Money taxAmount = Money.ZERO;
    private Money walletChange = Money.ZERO;
    private BigDecimal units = BigDecimal.ZERO.setScale(1);
    private UnitType unitType = UnitType.CURRENCY;
    private String token;
    private String counterparty;
    private String note;
    private String cardSerial;

    private TransactionBuilder(String accountNumber, long number, TransactionType type) {
        this.accountNumber = accountNumber;
        this.number = number;
        this.type = type;
    }

    static TransactionBuilder transaction(String accountNumber, long number, TransactionType type) {
        return new TransactionBuilder(accountNumber, number, type);
    }

    TransactionBuilder tender(Tender tender) {
        this.tender = tender;
        return this;
    }

    TransactionBuilder meter(String meterNumber) {
        this.meterNumber = meterNumber;
        return this;
    }

    TransactionBuilder total(Money total) {
        this.total = total;
        return this;
    }

    TransactionBuilder tendered(Money tendered, Money change) {
        this.tendered = tendered;
        this.change = change;
        return this;
    }

    TransactionBuilder arrears(List<ArrearsMovement> movements, Money arrearsAmount) {
        this.arrears = movements;
        this.arrearsAmount = arrearsAmount;
        return this;
    }

    TransactionBuilder split(EnergySplit split) {
        arrears(split.arrears(), split.arrearsAmount());
        this.energyAmount = split.energyAmount();
        this.taxAmount = split.taxAmount();
        this.walletChange = split.walletChange();
        return units(split.units(), split.unitType());
    }

    TransactionBuilder wallet(Money change) {
        this.walletChange = change;
        return units(change.amount(), UnitType.CURRENCY);
    }

    /** The wallet paid for this transaction: its balance drops by the amount. */
    TransactionBuilder paidFromWallet(Money amount) {
        this.walletChange = amount.negated();
        return this;
    }

    TransactionBuilder units(BigDecimal units, UnitType unitType) {
        this.units = units;
        this.unitType = unitType;
        return this;
    }

    TransactionBuilder token(String token) {
        this.token = token;
        return this;
    }

    TransactionBuilder counterparty(String account) {
        this.counterparty = account;
        return this;
    }

    TransactionBuilder note(String note) {
        this.note = note;
        return this;
    }

    TransactionBuilder paidWithCard(String serial) {
        this.cardSerial = serial;
        return this;
    }

    TransactionRecorded build() {
        return new TransactionRecorded(accountNumber, number, type, tender, meterNumber, total, tendered, change,
                arrears, arrearsAmount, energyAmount, taxAmount, walletChange, units, unitType, token,
                counterparty, null, note, cardSerial);
    }

    /** The exact mirror of a transaction, recorded as a Reversal on the same account. */
    static TransactionRecorded reversalOf(TransactionRecorded original, long reversalNumber, String reason) {
        return new TransactionRecorded(original.accountNumber(), reversalNumber, TransactionType.REVERSAL,
                original.tender(), original.meterNumber(), original.total().negated(),
                null, original.change().negated(), negated(original.arrears()),
                original.arrearsAmount().negated(), original.energyAmount().negated(),
                original.taxAmount().negated(), original.walletChange().negated(), original.units().negate(),
                original.unitType(), null, original.counterparty(), original.transactionNumber(), reason,
                original.cardSerial());
    }

    /**
     * The Reversal of a Juice Card redemption: every figure negated, but the card's value (the
     * original total) is credited to the wallet as {@code cardRefund} instead of going back to the card.
     */
    static TransactionRecorded cardRedemptionReversalOf(TransactionRecorded original, long reversalNumber, String reason) {
        TransactionRecorded mirror = reversalOf(original, reversalNumber, reason);
        return new TransactionRecorded(mirror.accountNumber(), reversalNumber, TransactionType.REVERSAL, mirror.tender(),
                mirror.meterNumber(), mirror.total(), null, mirror.change(), mirror.arrears(), mirror.arrearsAmount(),
                mirror.energyAmount(), mirror.taxAmount(), mirror.walletChange().plus(original.total()), mirror.units(),
                mirror.unitType(), null, mirror.counterparty(), original.transactionNumber(), reason,
                original.cardSerial(), original.total());
    }

    private static List<ArrearsMovement> negated(List<ArrearsMovement> movements) {
        return movements.stream().map(m -> new ArrearsMovement(m.itemId(), m.change().negated())).toList();
    }
}
