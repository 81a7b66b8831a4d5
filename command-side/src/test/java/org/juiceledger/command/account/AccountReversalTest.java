package org.juiceledger.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;
import static org.juiceledger.command.account.AccountFixtures.ACCOUNT;
import static org.juiceledger.command.account.AccountFixtures.arrears;
import static org.juiceledger.command.account.AccountFixtures.opened;
import static org.juiceledger.command.account.AccountFixtures.walletHolding;
import static org.juiceledger.command.account.Recorded.transaction;
import static org.juiceledger.command.testing.Refusals.refusedWith;

/**
 * Reversals, transfers and adjustments as the account decides them (the multi-account handlers
 * call these methods on each account in one unit of work).
 */
class AccountReversalTest {

    private static final long REVERSAL = 2001;
    private static final String SUPERVISOR = "lerato";
    private static final SeparationOfDuties DUTIES = new SeparationOfDuties(true);
    private final WalletStore wallets = new WalletStore();
    private AggregateTestFixture<Account> fixture;

    /** The fixture's own events are the history a reversal reads its original from. */
    private Reversing reversing() {
        return new Reversing(DUTIES, new EventStoreTransactionHistory(fixture.getEventStore()), wallets.wallets);
    }

    @BeforeEach
    void setUp() {
        fixture = AccountFixtures.fixture(TestVending.engine(), wallets);
    }

    @Test
    void reversalPostsTheExactMirrorAndMarksTheOriginal() {
        TransactionRecorded payment = transaction(ACCOUNT, 950, TransactionType.CASH).tender(Tender.CASH)
                .total(Money.of("20.00")).arrears(List.of(new ArrearsMovement("ARR-900", Money.of("-20.00"))),
                        Money.of("20.00")).build();
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.addAll(arrears(900, "50.00", "100"));
        given.add(payment);
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(950, REVERSAL, "wrong account", SUPERVISOR), reversing()))
                .expectEvents(
                        new TransactionRecorded(ACCOUNT, REVERSAL, TransactionType.REVERSAL, Tender.CASH, null,
                                Money.of("-20.00"), null, Money.of("0.00"),
                                List.of(new ArrearsMovement("ARR-900", Money.of("20.00"))), Money.of("-20.00"),
                                Money.of("0.00"), Money.of("0.00"), Money.of("0.00"), payment.units().negate(),
                                payment.unitType(), null, null, 950L, "wrong account", null),
                        new TransactionReversed(ACCOUNT, 950, REVERSAL, "wrong account"));
    }

    @Test
    void reversingACreditTakesTheMoneyBackOutOfTheWallet() {
        fixture.given(walletHoldingOnOpenAccount("25.00"))
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(900, REVERSAL, "issued twice", SUPERVISOR), reversing()))
                .expectSuccessfulHandlerExecution();
        assertThat(wallets.of(ACCOUNT)).last()
                .isEqualTo(new WalletDebited(ACCOUNT, REVERSAL, Money.of("25.00"), Money.of("0.00")));
    }

    @Test
    void aTransactionIsReversedOnlyOnce() {
        List<Object> given = walletHoldingOnOpenAccount("25.00");
        given.add(new TransactionReversed(ACCOUNT, 900, 1999, "first time"));
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(900, REVERSAL, "again", SUPERVISOR), reversing()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TRANSACTION_ALREADY_REVERSED));
    }

    @Test
    void aReversalIsNeverReversed() {
        List<Object> given = walletHoldingOnOpenAccount("25.00");
        given.add(Recorded.reversalOf((TransactionRecorded) given.get(1), 1999, "first"));
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(1999, REVERSAL, "undo", SUPERVISOR), reversing()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.REVERSAL_NOT_REVERSIBLE));
    }

    @Test
    void reversalThatWouldTakeTheWalletBelowZeroIsRefused() {
        List<Object> given = walletHoldingOnOpenAccount("25.00");
        given.add(transaction(ACCOUNT, 901, TransactionType.WALLET).total(Money.of("25.00"))
                .wallet(Money.of("-25.00")).counterparty("A-2").build());
        wallets.append(ACCOUNT, new WalletDebited(ACCOUNT, 901, Money.of("25.00"), Money.of("0.00")));
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(900, REVERSAL, "late", SUPERVISOR), reversing()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_WALLET_BALANCE));
    }

    @Test
    void nobodyReversesTheirOwnTransaction() {
        fixture.given(opened(), new GenericEventMessage<>(transaction(ACCOUNT, 900, TransactionType.CREDIT)
                        .total(Money.of("5.00")).wallet(Money.of("5.00")).build(), MetaData.with("who", SUPERVISOR)),
                        new WalletCredited(ACCOUNT, 900, Money.of("5.00"), Money.of("5.00")))
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(900, REVERSAL, "mine", SUPERVISOR), reversing()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.SEPARATION_OF_DUTIES));
    }

    @Test
    void unknownTransactionIsNotFound() {
        fixture.given(opened())
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(12345, REVERSAL, "?", SUPERVISOR), reversing()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TRANSACTION_NOT_FOUND));
    }

    @Test
    void transferOutDebitsTheWalletAndNamesTheOtherAccount() {
        fixture.given(walletHoldingOnOpenAccount("25.00"))
                .whenInvoking(ACCOUNT, account -> account.transfer(TransferLeg.of(1500, Money.of("-10.00"), "A-2"), wallets.wallets))
                .expectEvents(
                        transaction(ACCOUNT, 1500, TransactionType.WALLET).total(Money.of("10.00"))
                                .wallet(Money.of("-10.00")).counterparty("A-2").note("transfer to A-2").build());
        assertThat(wallets.of(ACCOUNT)).last()
                .isEqualTo(new WalletDebited(ACCOUNT, 1500, Money.of("10.00"), Money.of("15.00")));
    }

    @Test
    void adjustmentAddsDebtAsANewItemCollectedInFull() {
        fixture.given(opened())
                .whenInvoking(ACCOUNT, account -> account.adjust(1600, false, Money.of("20.00"), "correction", wallets.wallets))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(
                        listWithAnyOf(equalTo(
                                transaction(ACCOUNT, 1600, TransactionType.ADJ).total(Money.of("20.00")).note("correction")
                                        .arrears(List.of(new ArrearsMovement("ARR-1600", Money.of("20.00"))), Money.of("20.00"))
                                        .build()))));
    }

    @Test
    void negativeWalletAdjustmentBeyondTheBalanceIsRefused() {
        fixture.given(walletHoldingOnOpenAccount("5.00"))
                .whenInvoking(ACCOUNT, account -> account.adjust(1600, true, Money.of("-5.01"), "correction", wallets.wallets))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_WALLET_BALANCE));
    }

    private List<Object> walletHoldingOnOpenAccount(String amount) {
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.addAll(walletHolding(wallets, 900, amount));
        return given;
    }
}
