package org.juiceledger.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.IssueFreeToken;
import org.juiceledger.kernel.account.IssueManagementToken;
import org.juiceledger.kernel.account.ManagementTokenKind;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.OpenAccount;
import org.juiceledger.kernel.account.PurchaseEnergy;
import org.juiceledger.kernel.account.RegisterMeter;
import org.juiceledger.kernel.account.StsMeterProfile;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.sts.DecodedToken;
import org.juiceledger.sts.StsMeter;
import org.juiceledger.sts.StsTokenEngine;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.command.account.AccountFixtures.ACCOUNT;
import static org.juiceledger.command.account.AccountFixtures.STS_METER;
import static org.juiceledger.command.account.AccountFixtures.TARIFF;
import static org.juiceledger.command.account.AccountFixtures.arrears;
import static org.juiceledger.command.account.AccountFixtures.opened;
import static org.juiceledger.command.testing.Refusals.refusedWith;

/** Opening accounts, registering meters, and everything that issues an STS token, decoded as the meter would. */
class AccountTokenTest {

    /** The 1993 base date ran out in November 2024: meters vended today use the 2014 keys. */
    private static final StsMeterProfile PROFILE_2014 = new StsMeterProfile("123457", "01", 1, 2, 2014, "EA11");
    private static final MeterRegistered STS_2014 = new MeterRegistered(ACCOUNT, STS_METER, MeterKind.STS, PROFILE_2014);
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = AccountFixtures.fixture(TestVending.engine());
    }

    @Test
    void opensAnAccountWithAnAssignedNumber() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(null, "Thandi Nkosi", null, null, TARIFF))
                .expectEvents(new AccountOpened("A-" + AccountFixtures.FIRST_NUMBER, "Thandi Nkosi", null, null, TARIFF));
    }

    @Test
    void refusesAnAccountNumberTheEventStoreHoldsAlready() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount(AccountFixtures.TAKEN, "Second Owner", null, null, TARIFF))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.ALREADY_EXISTS));
    }

    @Test
    void refusesAnAccountOnAnUnknownTariff() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount("A-9", "X", null, null, "nope"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TARIFF_NOT_FOUND));
    }

    @Test
    void registersAnStsMeterAndRefusesABadCheckDigitOrADuplicate() {
        fixture.given(opened())
                .when(new RegisterMeter(ACCOUNT, STS_METER, MeterKind.STS, PROFILE_2014))
                .expectEvents(STS_2014);
        fixture.given(opened())
                .when(new RegisterMeter(ACCOUNT, "01234567890", MeterKind.STS, PROFILE_2014))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(opened(), STS_2014)
                .when(new RegisterMeter(ACCOUNT, STS_METER, MeterKind.STS, PROFILE_2014))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.METER_ALREADY_REGISTERED));
    }

    @Test
    void cashPaysHalfTheArrearsAndBuysADecodableToken() {
        List<Object> given = new ArrayList<>(List.of(opened(), STS_2014));
        given.addAll(arrears(900, "100.00", "50"));
        AtomicReference<TransactionRecorded> sale = new AtomicReference<>();
        fixture.given(given)
                .when(new PurchaseEnergy(ACCOUNT, STS_METER, Money.of("50.00"), Tender.CASH, Money.of("60.00")))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(capture(sale));
        TransactionRecorded recorded = sale.get();
        assertThat(recorded.arrears()).containsExactly(new ArrearsMovement("ARR-900", Money.of("-25.00")));
        assertThat(recorded.energyAmount()).isEqualTo(Money.of("25.00"));
        assertThat(recorded.change()).isEqualTo(Money.of("10.00"));
        assertThat(recorded.units()).isEqualByComparingTo("37.5");
        assertThat(decode(recorded.token()).amountTenths()).isEqualTo(375);
    }

    @Test
    void freeTokenCarriesItsUnitsAtZeroPrice() {
        AtomicReference<TransactionRecorded> free = new AtomicReference<>();
        fixture.given(opened(), STS_2014)
                .when(new IssueFreeToken(ACCOUNT, STS_METER, new BigDecimal("50"), "free basic electricity"))
                .expectResultMessagePayloadMatching(capture(free));
        assertThat(free.get().total()).isEqualTo(Money.ZERO);
        assertThat(decode(free.get().token()).amountTenths()).isEqualTo(500);
    }

    @Test
    void freeTokenAboveWhatATokenCarriesExactlyIsRefused() {
        fixture.given(opened(), STS_2014)
                .when(new IssueFreeToken(ACCOUNT, STS_METER, new BigDecimal("2000.0"), "too much"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TOKEN_AMOUNT_TOO_LARGE));
    }

    @Test
    void managementTokenIsClassTwoAndNeedsAWorkOrder() {
        AtomicReference<TransactionRecorded> mgmt = new AtomicReference<>();
        fixture.given(opened(), STS_2014)
                .when(new IssueManagementToken(ACCOUNT, STS_METER, ManagementTokenKind.CLEAR_TAMPER, null, "WO-17"))
                .expectResultMessagePayloadMatching(capture(mgmt));
        DecodedToken decoded = decode(mgmt.get().token());
        assertThat(decoded.tokenClass()).isEqualTo(2);
        assertThat(decoded.subclass()).isEqualTo(StsTokenEngine.SUBCLASS_CLEAR_TAMPER);
        fixture.given(opened(), STS_2014)
                .when(new IssueManagementToken(ACCOUNT, STS_METER, ManagementTokenKind.SET_MAX_POWER, null, "WO-18"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(opened(), STS_2014)
                .when(new IssueManagementToken(ACCOUNT, STS_METER, ManagementTokenKind.CLEAR_CREDIT, null, " "))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void tokensAreForStsMetersOnly() {
        fixture.given(opened(), AccountFixtures.amiMeter())
                .when(new IssueFreeToken(ACCOUNT, AccountFixtures.AMI_METER, BigDecimal.TEN, "x"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.METER_KIND_MISMATCH));
    }

    private static DecodedToken decode(String token) {
        return new StsTokenEngine(TestVending.CONFORMANCE_KEY)
                .decode(new StsMeter(STS_METER, "123457", "01", 1, 2, 2014, StsMeter.Algorithm.EA11), token);
    }

    private static Matcher<Object> capture(AtomicReference<TransactionRecorded> into) {
        return new CustomMatcher<>("a recorded transaction") {
            @Override
            public boolean matches(Object actual) {
                into.set((TransactionRecorded) actual);
                return actual instanceof TransactionRecorded;
            }
        };
    }
}
