package org.juiceledger.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.command.sts.TokenVending;
import org.juiceledger.command.tariff.TariffPrice;
import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.ArrearsItemOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.StsMeterProfile;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.juiceledger.command.account.Recorded.transaction;

/** Builders for account fixture tests: a fixture wired with its resources, and the usual given events. */
final class AccountFixtures {

    static final String ACCOUNT = "A-100";
    static final String STS_METER = "01234567897";
    static final String AMI_METER = "AMI-7";
    static final String TARIFF = "res";
    static final StsMeterProfile STS_PROFILE = new StsMeterProfile("123457", "01", 1, 2, 1993, "EA11");
    /** 0.666666 per kWh, no tax: 50.00 buys 75.0 kWh, as in the seed text. */
    static final TariffPrice PRICE = new TariffPrice(new BigDecimal("0.666666"), new BigDecimal("0.00"));
    static final long FIRST_NUMBER = 1001;
    /** An account number the event store holds already. */
    static final String TAKEN = "ACC-TAKEN";

    private AccountFixtures() {
    }

    static AggregateTestFixture<Account> fixture(TokenVending vending) {
        return fixture(vending, new WalletStore());
    }

    /** A fixture whose accounts move their wallets in {@code wallets}. */
    static AggregateTestFixture<Account> fixture(TokenVending vending, WalletStore wallets) {
        AggregateTestFixture<Account> fixture = new AggregateTestFixture<>(Account.class);
        FixedPrices prices = new FixedPrices(Map.of(TARIFF, PRICE));
        fixture.registerInjectableResource(wallets.wallets);
        fixture.registerInjectableResource(new EnergySales(prices, vending, wallets.wallets));
        fixture.registerInjectableResource(new CountingNumbers(FIRST_NUMBER));
        fixture.registerInjectableResource(prices);
        fixture.registerInjectableResource(new MapLookups());
        fixture.registerInjectableResource(vending);
        fixture.registerInjectableResource(new SeparationOfDuties(true));
        fixture.registerInjectableResource((ExistingAggregates) TAKEN::equals);
        return fixture;
    }

    static AccountOpened opened() {
        return new AccountOpened(ACCOUNT, "Thandi Nkosi", "+27821234567", "thandi@example.org", TARIFF);
    }

    static MeterRegistered stsMeter() {
        return new MeterRegistered(ACCOUNT, STS_METER, MeterKind.STS, STS_PROFILE);
    }

    /** An STS meter keyed with the 2014 base date: the 1993 one ran out in November 2024, so only it vends today. */
    static MeterRegistered stsMeterOf2014() {
        return new MeterRegistered(ACCOUNT, STS_METER, MeterKind.STS, new StsMeterProfile("123457", "01", 1, 2, 2014, "EA11"));
    }

    static MeterRegistered amiMeter() {
        return new MeterRegistered(ACCOUNT, AMI_METER, MeterKind.AMI, null);
    }

    /** An arrears item of {@code amount} at {@code percent} opened by transaction {@code number}. */
    static List<Object> arrears(long number, String amount, String percent) {
        String itemId = "ARR-" + number;
        return List.of(new ArrearsItemOpened(ACCOUNT, itemId, number, new BigDecimal(percent), "old debt"),
                transaction(ACCOUNT, number, TransactionType.ARREARS).total(Money.of(amount))
                        .arrears(List.of(new ArrearsMovement(itemId, Money.of(amount))), Money.of(amount))
                        .note("old debt").build());
    }

    /**
     * A credit note of {@code amount} (number {@code number}) into an empty wallet: the account's
     * transaction, returned, and the wallet's events, stored in {@code wallets}.
     */
    static List<Object> walletHolding(WalletStore wallets, long number, String amount) {
        wallets.holding(ACCOUNT, number, amount);
        return List.of(credit(number, amount));
    }

    /**
     * The same credit note as a store written before the Wallet aggregate holds it: the wallet's move
     * in the account's own stream, and no wallet stream.
     */
    static List<Object> walletHoldingInAccountStream(long number, String amount) {
        return List.of(credit(number, amount), new WalletCredited(ACCOUNT, number, Money.of(amount), Money.of(amount)));
    }

    private static TransactionRecorded credit(long number, String amount) {
        return transaction(ACCOUNT, number, TransactionType.CREDIT).total(Money.of(amount))
                .wallet(Money.of(amount)).note("goodwill").build();
    }

    /** Transaction numbers counting up from a start, as the database sequence does. */
    static final class CountingNumbers implements NumberSequences {
        private final AtomicLong next;

        CountingNumbers(long first) {
            this.next = new AtomicLong(first);
        }

        @Override
        public long nextTransactionNumber() {
            return next.getAndIncrement();
        }

        @Override
        public String nextAccountNumber() {
            return "A-" + next.getAndIncrement();
        }
    }

    /** Tariff prices as the Tariff aggregates would give them. */
    record FixedPrices(Map<String, TariffPrice> prices) implements TariffPrices {
        @Override
        public TariffPrice priceOf(String tariffId) {
            TariffPrice price = prices.get(tariffId);
            if (price == null) {
                throw new DomainException(ErrorCode.TARIFF_NOT_FOUND, "No tariff " + tariffId + ".");
            }
            return price;
        }
    }

    /** The lookup tables, in memory. */
    static final class MapLookups implements AccountLookups {
        final Map<String, String> meterOwners = new HashMap<>();

        @Override
        public Optional<String> accountOfMeter(String meterNumber) {
            return Optional.ofNullable(meterOwners.get(meterNumber));
        }

        @Override
        public List<TransactionOwner> ownersOfTransaction(long transactionNumber) {
            return List.of();
        }
    }
}
