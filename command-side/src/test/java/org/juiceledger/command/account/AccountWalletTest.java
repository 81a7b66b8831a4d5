package org.juiceledger.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.kernel.account.DepositToWallet;
import org.juiceledger.kernel.account.IssueCreditNote;
import org.juiceledger.kernel.account.PurchaseEnergy;
import org.juiceledger.kernel.account.PurchaseFromWallet;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.juiceledger.command.account.AccountFixtures.ACCOUNT;
import static org.juiceledger.command.account.AccountFixtures.AMI_METER;
import static org.juiceledger.command.account.AccountFixtures.FIRST_NUMBER;
import static org.juiceledger.command.account.AccountFixtures.STS_METER;
import static org.juiceledger.command.account.AccountFixtures.amiMeter;
import static org.juiceledger.command.account.AccountFixtures.opened;
import static org.juiceledger.command.account.AccountFixtures.stsMeter;
import static org.juiceledger.command.account.AccountFixtures.stsMeterOf2014;
import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.command.account.AccountFixtures.walletHolding;
import static org.juiceledger.command.account.AccountFixtures.walletHoldingInAccountStream;
import static org.juiceledger.command.account.Recorded.transaction;
import static org.juiceledger.command.testing.Refusals.refusedWith;

/**
 * An account's payments into and out of its wallet: deposits, credit notes, AMI purchases, a wallet
 * that is short, and a wallet still kept in the account's stream by an older store.
 */
class AccountWalletTest {

    private final WalletStore wallets = new WalletStore();
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = AccountFixtures.fixture(TestVending.engine(), wallets);
    }

    @Test
    void depositByCardGoesIntoTheWalletAsCashCc() {
        fixture.given(opened())
                .when(new DepositToWallet(ACCOUNT, Money.of("40.00"), Tender.CC))
                .expectEvents(
                        transaction(ACCOUNT, FIRST_NUMBER, TransactionType.CASH_CC).tender(Tender.CC)
                                .total(Money.of("40.00")).wallet(Money.of("40.00")).build());
        assertThat(wallets.of(ACCOUNT)).containsExactly(new WalletOpened(ACCOUNT, Money.ZERO),
                new WalletCredited(ACCOUNT, FIRST_NUMBER, Money.of("40.00"), Money.of("40.00")));
    }

    @Test
    void creditNoteCreditsTheWalletAsTypeCredit() {
        fixture.given(opened())
                .when(new IssueCreditNote(ACCOUNT, Money.of("12.50"), "billing error"))
                .expectEvents(
                        transaction(ACCOUNT, FIRST_NUMBER, TransactionType.CREDIT).total(Money.of("12.50"))
                                .wallet(Money.of("12.50")).note("billing error").build());
        assertThat(wallets.of(ACCOUNT)).containsExactly(new WalletOpened(ACCOUNT, Money.ZERO),
                new WalletCredited(ACCOUNT, FIRST_NUMBER, Money.of("12.50"), Money.of("12.50")));
    }

    @Test
    void cashForAnAmiMeterGoesIntoTheWallet() {
        fixture.given(opened(), amiMeter())
                .when(new PurchaseEnergy(ACCOUNT, AMI_METER, Money.of("20.00"), Tender.CASH, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        transaction(ACCOUNT, FIRST_NUMBER, TransactionType.CASH).tender(Tender.CASH)
                                .tendered(null, Money.ZERO).meter(AMI_METER).total(Money.of("20.00"))
                                .wallet(Money.of("20.00"))
                                .build());
        assertThat(wallets.of(ACCOUNT)).containsExactly(new WalletOpened(ACCOUNT, Money.ZERO),
                new WalletCredited(ACCOUNT, FIRST_NUMBER, Money.of("20.00"), Money.of("20.00")));
    }

    @Test
    void walletPurchaseIsRefusedWhenTheWalletIsShort() {
        List<Object> given = new ArrayList<>(List.of(opened(), stsMeter()));
        given.addAll(walletHolding(wallets, 900, "10.00"));
        fixture.given(given)
                .when(new PurchaseFromWallet(ACCOUNT, STS_METER, Money.of("10.01")))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_WALLET_BALANCE));
        assertThat(wallets.of(ACCOUNT)).hasSize(2);
    }

    @Test
    void walletPurchaseDebitsTheWalletWithTheBalanceAfterIt() {
        List<Object> given = new ArrayList<>(List.of(opened(), stsMeterOf2014()));
        given.addAll(walletHolding(wallets, 900, "10.00"));
        fixture.given(given)
                .when(new PurchaseFromWallet(ACCOUNT, STS_METER, Money.of("4.00")))
                .expectSuccessfulHandlerExecution();
        assertThat(wallets.of(ACCOUNT)).last()
                .isEqualTo(new WalletDebited(ACCOUNT, FIRST_NUMBER, Money.of("4.00"), Money.of("6.00")));
    }

    @Test
    void aWalletKeptInTheAccountsStreamOpensWithWhatItHeldThere() {
        List<Object> given = new ArrayList<>(List.of(opened(), stsMeterOf2014()));
        given.addAll(walletHoldingInAccountStream(900, "10.00"));
        fixture.given(given)
                .when(new PurchaseFromWallet(ACCOUNT, STS_METER, Money.of("4.00")))
                .expectSuccessfulHandlerExecution();
        assertThat(wallets.of(ACCOUNT)).containsExactly(new WalletOpened(ACCOUNT, Money.of("10.00")),
                new WalletDebited(ACCOUNT, FIRST_NUMBER, Money.of("4.00"), Money.of("6.00")));
    }

    @Test
    void aWalletKeptInTheAccountsStreamRefusesWhatItDidNotHold() {
        List<Object> given = new ArrayList<>(List.of(opened(), stsMeter()));
        given.addAll(walletHoldingInAccountStream(900, "10.00"));
        fixture.given(given)
                .when(new PurchaseFromWallet(ACCOUNT, STS_METER, Money.of("10.01")))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INSUFFICIENT_WALLET_BALANCE));
        assertThat(wallets.of(ACCOUNT)).as("the refused command stored not even the opening").isEmpty();
    }

    @Test
    void walletPurchaseForAnAmiMeterIsRefused() {
        List<Object> given = new ArrayList<>(List.of(opened(), amiMeter()));
        given.addAll(walletHolding(wallets, 900, "10.00"));
        fixture.given(given)
                .when(new PurchaseFromWallet(ACCOUNT, AMI_METER, Money.of("5.00")))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.METER_KIND_MISMATCH));
    }

    @Test
    void tenderedLessThanTheAmountIsRefused() {
        fixture.given(opened(), amiMeter())
                .when(new PurchaseEnergy(ACCOUNT, AMI_METER, Money.of("20.00"), Tender.CASH, Money.of("19.99")))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void unknownMeterIsRefused() {
        fixture.given(opened(), amiMeter())
                .when(new PurchaseEnergy(ACCOUNT, "NOPE", Money.of("20.00"), Tender.CASH, null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.METER_NOT_FOUND));
    }
}
