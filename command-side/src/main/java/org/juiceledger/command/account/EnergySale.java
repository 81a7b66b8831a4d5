package org.juiceledger.command.account;

import org.juiceledger.command.tariff.TariffPrice;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.energy.Kwh;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The arithmetic of a sale: pure functions, so every rounding rule is in one place. */
final class EnergySale {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private EnergySale() {
    }

    /**
     * Each open arrears item, oldest first, takes its collection percent of the payment (rounded
     * down to the cent), never more than it is owed nor more than is left of the payment.
     */
    static List<ArrearsMovement> collectArrears(Money payment, List<ArrearsItem> openItems) {
        List<ArrearsMovement> movements = new ArrayList<>();
        Money left = payment;
        for (ArrearsItem item : openItems) {
            Money part = payment.percent(item.collectionPercent()).min(item.balance()).min(left);
            if (part.isPositive()) {
                movements.add(new ArrearsMovement(item.itemId(), part.negated()));
                left = left.minus(part);
            }
        }
        return movements;
    }

    /** Pays debt oldest first regardless of percents: direct arrears payments and write-offs. */
    static List<ArrearsMovement> reduceArrears(Money amount, List<ArrearsItem> openItems) {
        List<ArrearsMovement> movements = new ArrayList<>();
        Money left = amount;
        for (ArrearsItem item : openItems) {
            Money part = item.balance().min(left);
            if (part.isPositive()) {
                movements.add(new ArrearsMovement(item.itemId(), part.negated()));
                left = left.minus(part);
            }
        }
        if (left.isPositive()) {
            throw new DomainException(ErrorCode.ARREARS_EXCEEDED, "The account owes less than " + amount + ".");
        }
        return movements;
    }

    static Money paidTowardsArrears(List<ArrearsMovement> movements) {
        return movements.stream().map(ArrearsMovement::change).reduce(Money.ZERO, Money::plus).negated();
    }

    /**
     * Splits a payment for a meter. STS: the rest after arrears is energy plus tax; the units are
     * rounded down to what one token carries, so the customer never gets more than was paid for.
     * AMI: the rest goes into the wallet, from which the meter draws.
     */
    static EnergySplit split(Money payment, List<ArrearsItem> openItems, TariffPrice price, MeterKind kind,
                             UnaryOperator<Kwh> deliverable) {
        List<ArrearsMovement> arrears = collectArrears(payment, openItems);
        Money arrearsAmount = paidTowardsArrears(arrears);
        Money rest = payment.minus(arrearsAmount);
        if (kind == MeterKind.AMI) {
            return new EnergySplit(arrears, arrearsAmount, Money.ZERO, Money.ZERO, rest, Kwh.ZERO, UnitType.CURRENCY);
        }
        if (rest.isZero()) {
            return new EnergySplit(arrears, arrearsAmount, Money.ZERO, Money.ZERO, Money.ZERO, Kwh.ZERO, UnitType.KWH);
        }
        Money net = Money.of(rest.amount().multiply(HUNDRED)
                .divide(HUNDRED.add(price.taxPercent()), Money.SCALE, RoundingMode.DOWN));
        Kwh units = deliverable.apply(Kwh.boughtWith(net.amount(), price.pricePerKwh()));
        if (units.isZero()) {
            throw new DomainException(ErrorCode.AMOUNT_TOO_SMALL,
                    "After arrears, " + rest + " buys less than 0.1 kWh at this tariff.");
        }
        return new EnergySplit(arrears, arrearsAmount, net, rest.minus(net), Money.ZERO, units, UnitType.KWH);
    }
}
