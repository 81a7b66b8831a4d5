package org.juiceledger.command.account;

import org.juiceledger.command.tariff.TariffPrice;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.energy.Kwh;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of a sale, figure by figure. */
class EnergySaleTest {

    private static final TariffPrice SEED_PRICE = new TariffPrice(new BigDecimal("0.666666"), new BigDecimal("0.00"));

    @Test
    void fiftyBuysSeventyFiveKwhAtTheSeedTariff() {
        EnergySplit split = EnergySale.split(Money.of("50.00"), List.of(), SEED_PRICE, MeterKind.STS, units -> units);

        assertThat(split.kwh()).isEqualTo(Kwh.of(new BigDecimal("75.0")));
        assertThat(split.energyAmount()).isEqualTo(Money.of("50.00"));
        assertThat(split.arrearsAmount()).isEqualTo(Money.ZERO);
    }

    @Test
    void eachItemTakesItsPercentOfThePaymentOldestFirst() {
        List<ArrearsItem> items = List.of(new ArrearsItem("A", Money.of("100.00"), new BigDecimal("50.00")),
                new ArrearsItem("B", Money.of("3.00"), new BigDecimal("10.00")));

        List<ArrearsMovement> movements = EnergySale.collectArrears(Money.of("50.00"), items);

        assertThat(movements).containsExactly(new ArrearsMovement("A", Money.of("-25.00")),
                new ArrearsMovement("B", Money.of("-3.00")));
    }

    @Test
    void collectionNeverTakesMoreThanThePayment() {
        List<ArrearsItem> items = List.of(new ArrearsItem("A", Money.of("100.00"), new BigDecimal("80.00")),
                new ArrearsItem("B", Money.of("100.00"), new BigDecimal("80.00")));

        List<ArrearsMovement> movements = EnergySale.collectArrears(Money.of("10.00"), items);

        assertThat(movements).containsExactly(new ArrearsMovement("A", Money.of("-8.00")),
                new ArrearsMovement("B", Money.of("-2.00")));
    }

    @Test
    void percentShareIsRoundedDownToTheCent() {
        List<ArrearsItem> items = List.of(new ArrearsItem("A", Money.of("100.00"), new BigDecimal("33.33")));

        assertThat(EnergySale.collectArrears(Money.of("10.00"), items))
                .containsExactly(new ArrearsMovement("A", Money.of("-3.33")));
    }

    @Test
    void taxIsTakenOutOfTheRestAndUnitsRoundDown() {
        TariffPrice taxed = new TariffPrice(new BigDecimal("1.500000"), new BigDecimal("15.00"));

        EnergySplit split = EnergySale.split(Money.of("23.00"), List.of(), taxed, MeterKind.STS, units -> units);

        assertThat(split.energyAmount()).isEqualTo(Money.of("20.00"));
        assertThat(split.taxAmount()).isEqualTo(Money.of("3.00"));
        assertThat(split.kwh()).isEqualTo(Kwh.of(new BigDecimal("13.3")));
    }

    @Test
    void amiMeterGetsTheRestInItsWallet() {
        List<ArrearsItem> items = List.of(new ArrearsItem("A", Money.of("10.00"), new BigDecimal("50.00")));

        EnergySplit split = EnergySale.split(Money.of("8.00"), items, SEED_PRICE, MeterKind.AMI, units -> units);

        assertThat(split.walletChange()).isEqualTo(Money.of("4.00"));
        assertThat(split.unitType()).isEqualTo(UnitType.CURRENCY);
        assertThat(split.units()).isEqualByComparingTo("4.00");
    }

    @Test
    void tooLittleForATenthOfAKwhIsRefused() {
        assertThatThrownBy(() -> EnergySale.split(Money.of("0.06"), List.of(), SEED_PRICE, MeterKind.STS, units -> units))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_TOO_SMALL));
    }

    @Test
    void paymentThatOnlyPaysArrearsBuysNoEnergy() {
        List<ArrearsItem> items = List.of(new ArrearsItem("A", Money.of("100.00"), new BigDecimal("100.00")));

        EnergySplit split = EnergySale.split(Money.of("40.00"), items, SEED_PRICE, MeterKind.STS, units -> units);

        assertThat(split.arrearsAmount()).isEqualTo(Money.of("40.00"));
        assertThat(split.kwh()).isEqualTo(Kwh.ZERO);
    }
}
