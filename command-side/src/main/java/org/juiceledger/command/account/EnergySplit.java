package org.juiceledger.command.account;

import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.energy.Kwh;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one payment divides: arrears first, then energy net of tax (STS) or a wallet credit (AMI).
 * {@code arrearsAmount + energyAmount + taxAmount + walletChange} is always the payment.
 */
record EnergySplit(List<ArrearsMovement> arrears, Money arrearsAmount, Money energyAmount, Money taxAmount,
                   Money walletChange, Kwh kwh, UnitType unitType) {

    BigDecimal units() {
        return unitType == UnitType.KWH ? kwh.value() : walletChange.amount();
    }
}
