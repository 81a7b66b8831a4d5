package org.juiceledger.command.tariff;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.tariff.PublishTariff;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.juiceledger.command.testing.Refusals.refusedWith;

class TariffTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 1);
    private AggregateTestFixture<Tariff> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Tariff.class);
    }

    @Test
    void publishesTheFirstVersionWithNormalisedScales() {
        fixture.givenNoPriorActivity()
                .when(new PublishTariff("res", " Residential ", new BigDecimal("0.5"), new BigDecimal("15"), JAN))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(new TariffPublished("res", 1, "Residential", new BigDecimal("0.500000"),
                        new BigDecimal("15.00"), JAN));
    }

    @Test
    void publishingAgainAddsAVersion() {
        fixture.given(published(1, JAN))
                .when(new PublishTariff("res", "Residential", new BigDecimal("0.55"), BigDecimal.ZERO, JUL))
                .expectResultMessagePayload(2)
                .expectEvents(new TariffPublished("res", 2, "Residential", new BigDecimal("0.550000"),
                        new BigDecimal("0.00"), JUL));
    }

    @Test
    void refusesAVersionThatTakesEffectBeforeTheCurrentOne() {
        fixture.given(published(1, JUL))
                .when(new PublishTariff("res", "Residential", new BigDecimal("0.4"), BigDecimal.ZERO, JAN))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TARIFF_VERSION_OUTDATED));
    }

    @Test
    void refusesAPriceWithMoreThanSixDecimals() {
        fixture.givenNoPriorActivity()
                .when(new PublishTariff("res", "Residential", new BigDecimal("0.6666666"), BigDecimal.ZERO, JAN))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED))
                .expectExceptionMessage("pricePerKwh has more than 6 decimals");
    }

    @Test
    void refusesAZeroOrNegativePrice() {
        fixture.givenNoPriorActivity()
                .when(new PublishTariff("res", "Residential", BigDecimal.ZERO, BigDecimal.ZERO, JAN))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void refusesTaxAboveOneHundredPercent() {
        fixture.givenNoPriorActivity()
                .when(new PublishTariff("res", "Residential", BigDecimal.ONE, new BigDecimal("100.01"), JAN))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    private static TariffPublished published(int version, LocalDate effectiveFrom) {
        return new TariffPublished("res", version, "Residential", new BigDecimal("0.500000"),
                new BigDecimal("0.00"), effectiveFrom);
    }
}
