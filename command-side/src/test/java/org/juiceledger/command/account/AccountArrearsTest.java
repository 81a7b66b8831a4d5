package org.juiceledger.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.kernel.account.ArrearsItemOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.ChargeArrears;
import org.juiceledger.kernel.account.PayArrears;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.WriteOffArrears;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.juiceledger.command.account.AccountFixtures.ACCOUNT;
import static org.juiceledger.command.account.AccountFixtures.FIRST_NUMBER;
import static org.juiceledger.command.account.AccountFixtures.arrears;
import static org.juiceledger.command.account.AccountFixtures.opened;
import static org.juiceledger.command.account.Recorded.transaction;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.any;
import static org.hamcrest.Matchers.equalTo;
import static org.juiceledger.command.testing.Refusals.refusedWith;

/** Debt: new arrears items with their collection percent, direct payments and write-offs. */
class AccountArrearsTest {

    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = AccountFixtures.fixture(TestVending.engine());
    }

    @Test
    void arrearsOpenAnItemCollectedAtItsPercent() {
        String item = "ARR-" + FIRST_NUMBER;
        fixture.given(opened())
                .when(new ChargeArrears(ACCOUNT, Money.of("100.00"), new BigDecimal("50"), "postpaid balance"))
                .expectEvents(
                        new ArrearsItemOpened(ACCOUNT, item, FIRST_NUMBER, new BigDecimal("50.00"), "postpaid balance"),
                        transaction(ACCOUNT, FIRST_NUMBER, TransactionType.ARREARS).total(Money.of("100.00"))
                                .arrears(List.of(new ArrearsMovement(item, Money.of("100.00"))), Money.of("100.00"))
                                .note("postpaid balance").build());
    }

    @Test
    void collectionPercentDefaultsToOneHundred() {
        fixture.given(opened())
                .when(new ChargeArrears(ACCOUNT, Money.of("10.00"), null, "meter tamper fine"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new ArrearsItemOpened(ACCOUNT, "ARR-" + FIRST_NUMBER, FIRST_NUMBER,
                                new BigDecimal("100.00"), "meter tamper fine")),
                        any(Object.class))));
    }

    @Test
    void collectionPercentAboveOneHundredIsRefused() {
        fixture.given(opened())
                .when(new ChargeArrears(ACCOUNT, Money.of("10.00"), new BigDecimal("100.01"), "x"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void directPaymentPaysTheOldestDebtFirstWhateverItsPercent() {
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.addAll(arrears(900, "30.00", "10"));
        given.addAll(arrears(901, "50.00", "50"));
        fixture.given(given)
                .when(new PayArrears(ACCOUNT, Money.of("40.00"), Tender.CHECK))
                .expectEvents(transaction(ACCOUNT, FIRST_NUMBER, TransactionType.CASH_CHECK).tender(Tender.CHECK)
                        .total(Money.of("40.00"))
                        .arrears(List.of(new ArrearsMovement("ARR-900", Money.of("-30.00")),
                                new ArrearsMovement("ARR-901", Money.of("-10.00"))), Money.of("40.00"))
                        .build());
    }

    @Test
    void paymentAboveTheDebtIsRefused() {
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.addAll(arrears(900, "30.00", "100"));
        fixture.given(given)
                .when(new PayArrears(ACCOUNT, Money.of("30.01"), Tender.CASH))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.ARREARS_EXCEEDED));
    }

    @Test
    void writeOffRemovesDebtOldestFirst() {
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.addAll(arrears(900, "30.00", "100"));
        fixture.given(given)
                .when(new WriteOffArrears(ACCOUNT, Money.of("30.00"), "uncollectable"))
                .expectEvents(transaction(ACCOUNT, FIRST_NUMBER, TransactionType.WRITEOFF).total(Money.of("30.00"))
                        .arrears(List.of(new ArrearsMovement("ARR-900", Money.of("-30.00"))), Money.of("-30.00"))
                        .note("uncollectable").build());
    }

    @Test
    void writeOffAboveTheDebtIsRefused() {
        fixture.given(opened())
                .when(new WriteOffArrears(ACCOUNT, Money.of("1.00"), "nothing owed"))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.ARREARS_EXCEEDED));
    }
}
