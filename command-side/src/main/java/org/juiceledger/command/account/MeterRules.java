package org.juiceledger.command.account;

import org.juiceledger.kernel.account.MeterNumber;
import org.juiceledger.command.sts.TokenVending;
import org.juiceledger.kernel.account.IssueManagementToken;
import org.juiceledger.kernel.account.ManagementTokenKind;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.RegisterMeter;
import org.juiceledger.kernel.energy.Kwh;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;

/** Checks of command input that the Account aggregate makes before it decides anything. */
final class MeterRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Clear credit with 0xFFFF clears every register. */
    private static final int ALL_REGISTERS = 0xFFFF;

    private MeterRules() {
    }

    static void check(RegisterMeter command, TokenVending vending) {
        if (command.kind() == MeterKind.STS) {
            if (command.sts() == null) {
                throw invalid("An STS meter needs its token inputs (sts).");
            }
            vending.validateMeter(command.meterNumber(), command.sts());
        } else if (command.meterNumber() == null || !MeterNumber.isWellFormed(command.meterNumber())) {
            throw invalid("An AMI meter number is " + MeterNumber.RULE + ".");
        }
    }

    static Money changeFor(Money amount, Money tendered) {
        if (tendered == null) {
            return Money.ZERO;
        }
        if (tendered.compareTo(amount) < 0) {
            throw invalid("tendered is less than the amount");
        }
        return tendered.minus(amount);
    }

    static BigDecimal collectionPercent(BigDecimal given) {
        BigDecimal percent = given == null ? HUNDRED : given;
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 2) {
            throw invalid("collectionPercent must be above 0 and at most 100, with at most 2 decimals");
        }
        return percent.setScale(2);
    }

    static Kwh freeUnits(BigDecimal given, TokenVending vending) {
        if (given == null || given.signum() <= 0) {
            throw invalid("units must be at least 0.1 kWh");
        }
        Kwh units = Kwh.of(given);
        Kwh deliverable = vending.deliverable(units);
        if (deliverable.compareTo(units) != 0) {
            throw new DomainException(ErrorCode.TOKEN_AMOUNT_TOO_LARGE,
                    units + " kWh cannot travel exactly on one token; " + deliverable + " kWh can.");
        }
        return units;
    }

    static int managementValue(IssueManagementToken command) {
        if (command.workOrder() == null || command.workOrder().isBlank()) {
            throw invalid("A management token needs a work order.");
        }
        if (command.kind() == ManagementTokenKind.SET_MAX_POWER) {
            if (command.value() == null || command.value() <= 0 || command.value() > 0xFFFF) {
                throw invalid("SET_MAX_POWER needs a value of 1-65535 watts.");
            }
            return command.value();
        }
        return command.kind() == ManagementTokenKind.CLEAR_CREDIT ? ALL_REGISTERS : 0;
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, message);
    }
}
