package org.juiceledger.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.command.account.AccountFixtures.ACCOUNT;
import static org.juiceledger.command.account.AccountFixtures.STS_METER;
import static org.juiceledger.command.account.AccountFixtures.arrears;
import static org.juiceledger.command.account.AccountFixtures.opened;
import static org.juiceledger.command.account.AccountFixtures.stsMeter;
import static org.juiceledger.command.account.Recorded.transaction;
import static org.juiceledger.command.testing.Refusals.refusedWith;

/**
 * Reversing a Juice Card redemption (type JC): the card stays used, so its value does not go back to
 * the card but into the wallet; everything else the redemption did (arrears paid, energy, tax, a
 * wallet credit) is undone exactly.
 */
class AccountCardReversalTest {

    private static final long REDEMPTION = 950;
    private static final long REVERSAL = 2001;
    private static final String CARD = "0000000042";
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
    void reversingACardRedemptionToAMeterRestoresTheArrearsAndCreditsTheCardValueToTheWallet() {
        List<Object> given = new ArrayList<>(List.of(opened(), stsMeter()));
        given.addAll(arrears(900, "30.00", "20"));
        given.add(transaction(ACCOUNT, REDEMPTION, TransactionType.JC).meter(STS_METER).total(Money.of("50.00"))
                .arrears(List.of(new ArrearsMovement("ARR-900", Money.of("-10.00"))), Money.of("10.00"))
                .units(new BigDecimal("60.0"), UnitType.KWH).token("12345678901234567890").paidWithCard(CARD).build());
        TransactionRecorded original = (TransactionRecorded) given.get(given.size() - 1);
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(REDEMPTION, REVERSAL, "wrong meter", SUPERVISOR), reversing()))
                .expectEvents(
                        new TransactionRecorded(ACCOUNT, REVERSAL, TransactionType.REVERSAL, null, STS_METER,
                                Money.of("-50.00"), null, Money.of("0.00"),
                                List.of(new ArrearsMovement("ARR-900", Money.of("10.00"))), Money.of("-10.00"),
                                original.energyAmount().negated(), original.taxAmount().negated(), Money.of("50.00"),
                                new BigDecimal("-60.0"), UnitType.KWH, null, null, REDEMPTION, "wrong meter", CARD,
                                Money.of("50.00")),
                        new TransactionReversed(ACCOUNT, REDEMPTION, REVERSAL, "wrong meter"));
        assertThat(wallets.of(ACCOUNT)).containsExactly(new WalletOpened(ACCOUNT, Money.ZERO),
                new WalletCredited(ACCOUNT, REVERSAL, Money.of("50.00"), Money.of("50.00")));
    }

    @Test
    void reversingACardRedemptionToTheWalletStandsEvenWhenTheWalletWasSpent() {
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.add(transaction(ACCOUNT, REDEMPTION, TransactionType.JC).total(Money.of("50.00")).wallet(Money.of("50.00"))
                .paidWithCard(CARD).build());
        given.add(new WalletCredited(ACCOUNT, REDEMPTION, Money.of("50.00"), Money.of("50.00")));
        given.add(transaction(ACCOUNT, 960, TransactionType.WALLET).total(Money.of("50.00"))
                .wallet(Money.of("-50.00")).counterparty("A-2").build());
        given.add(new WalletDebited(ACCOUNT, 960, Money.of("50.00"), Money.of("0.00")));
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(REDEMPTION, REVERSAL, "wrong account", SUPERVISOR), reversing()))
                .expectEvents(
                        new TransactionRecorded(ACCOUNT, REVERSAL, TransactionType.REVERSAL, null, null,
                                Money.of("-50.00"), null, Money.of("0.00"), List.of(), Money.of("0.00"),
                                Money.of("0.00"), Money.of("0.00"), Money.of("0.00"), new BigDecimal("-50.00"),
                                UnitType.CURRENCY, null, null, REDEMPTION, "wrong account", CARD, Money.of("50.00")),
                        new TransactionReversed(ACCOUNT, REDEMPTION, REVERSAL, "wrong account"));
    }

    @Test
    void aCardRedemptionIsReversedOnlyOnce() {
        List<Object> given = new ArrayList<>(List.of(opened()));
        given.add(transaction(ACCOUNT, REDEMPTION, TransactionType.JC).total(Money.of("50.00")).wallet(Money.of("50.00"))
                .paidWithCard(CARD).build());
        given.add(new WalletCredited(ACCOUNT, REDEMPTION, Money.of("50.00"), Money.of("50.00")));
        given.add(new TransactionReversed(ACCOUNT, REDEMPTION, 1999, "first time"));
        fixture.given(given)
                .whenInvoking(ACCOUNT, account -> account.reverse(new ReversalOrder(REDEMPTION, REVERSAL, "again", SUPERVISOR), reversing()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TRANSACTION_ALREADY_REVERSED));
    }
}
