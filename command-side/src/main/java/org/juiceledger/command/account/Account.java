package org.juiceledger.command.account;

import org.juiceledger.kernel.Metadata;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.command.config.SnapshotConfiguration;
import org.juiceledger.command.sts.TokenVending;
import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.ArrearsItemOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.ChargeArrears;
import org.juiceledger.kernel.account.DepositToWallet;
import org.juiceledger.kernel.account.IssueCreditNote;
import org.juiceledger.kernel.account.IssueFreeToken;
import org.juiceledger.kernel.account.IssueManagementToken;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.OpenAccount;
import org.juiceledger.kernel.account.PayArrears;
import org.juiceledger.kernel.account.PurchaseEnergy;
import org.juiceledger.kernel.account.PurchaseFromWallet;
import org.juiceledger.kernel.account.RegisterMeter;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WriteOffArrears;
import org.juiceledger.kernel.energy.Kwh;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.RequestOrigin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.juiceledger.command.account.TransactionBuilder.transaction;

/**
 * A customer account: who it is, its tariff, its meters, its arrears items, and which of its
 * transactions were reversed. It decides its transactions; a transaction that moves money in or out
 * of the wallet moves the account's {@link Wallet} in the same unit of work (the wallet decides that
 * it never goes below zero, and refuses before the account applies anything). A transaction is
 * reversed once, and only here (the original is read from the account's events when it is
 * reversed: {@link TransactionHistory}).
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.ACCOUNT_SNAPSHOTS, cache = AccountCache.BEAN)
// Revision 3: the wallet balance left for the Wallet aggregate; snapshots of older revisions are
// passed over (Axon's RevisionSnapshotFilter) and the account is rebuilt from its events once.
@Revision("3")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Account {

    private static final BigDecimal FULL_COLLECTION = new BigDecimal("100.00");

    @AggregateIdentifier
    private String accountNumber;
    private String tariffId;
    /**
     * What the wallet held when its moves were still events of this account's stream (stores written
     * before the Wallet aggregate); the Wallet opens with it. Zero for accounts opened since.
     */
    private Money walletInAccountStream;
    private final Map<String, Meter> meters = new LinkedHashMap<>();
    private final Map<String, ArrearsItem> arrears = new LinkedHashMap<>();
    /** Which transactions were reversed, and by which Reversal; the transactions themselves stay in the events. */
    private final Map<Long, Long> reversedBy = new HashMap<>();

    protected Account() {
    }

    @CommandHandler
    Account(OpenAccount command, NumberSequences numbers, TariffPrices prices, ExistingAggregates existing) {
        prices.priceOf(command.tariffId());
        if (command.accountNumber() != null && existing.exists(command.accountNumber())) {
            throw new DomainException(ErrorCode.ALREADY_EXISTS,
                    "Account " + command.accountNumber() + " exists already.");
        }
        String number = command.accountNumber() == null ? numbers.nextAccountNumber() : command.accountNumber();
        apply(new AccountOpened(number, command.name(), command.phone(), command.email(), command.tariffId()));
    }

    @CommandHandler
    void handle(RegisterMeter command, AccountLookups lookups, TokenVending vending) {
        MeterRules.check(command, vending);
        if (meters.containsKey(command.meterNumber())) {
            throw new DomainException(ErrorCode.METER_ALREADY_REGISTERED, "This meter is already on this account.");
        }
        lookups.accountOfMeter(command.meterNumber()).ifPresent(owner -> {
            throw new DomainException(ErrorCode.METER_ALREADY_REGISTERED,
                    "This meter is already registered to account " + owner + ".");
        });
        apply(new MeterRegistered(accountNumber, command.meterNumber(), command.kind(),
                command.kind() == MeterKind.STS ? command.sts() : null));
    }

    @CommandHandler
    TransactionRecorded handle(PurchaseEnergy command, NumberSequences numbers, EnergySales sales) {
        Money change = MeterRules.changeFor(command.amount(), command.tendered());
        return sell(command.meterNumber(), new EnergyPayment.Tendered(numbers.nextTransactionNumber(), command.amount(),
                command.tender(), command.tendered(), change), sales);
    }

    @CommandHandler
    TransactionRecorded handle(PurchaseFromWallet command, NumberSequences numbers, EnergySales sales) {
        if (meter(command.meterNumber()).kind() == MeterKind.AMI) {
            throw new DomainException(ErrorCode.METER_KIND_MISMATCH,
                    "An AMI meter draws on the wallet directly; a wallet purchase is for STS meters.");
        }
        // asked before a token is made: a refused purchase takes no token minute
        walletOf(sales.wallets()).execute(wallet -> wallet.requireAllows(command.amount().negated()));
        return sell(command.meterNumber(), new EnergyPayment.FromWallet(numbers.nextTransactionNumber(), command.amount()),
                sales);
    }

    @CommandHandler
    TransactionRecorded handle(PayArrears command, NumberSequences numbers) {
        List<ArrearsMovement> paid = EnergySale.reduceArrears(command.amount(), openArrears());
        return record(transaction(accountNumber, numbers.nextTransactionNumber(), command.tender().transactionType())
                .tender(command.tender()).total(command.amount()).arrears(paid, command.amount()).build());
    }

    @CommandHandler
    TransactionRecorded handle(DepositToWallet command, NumberSequences numbers, Wallets wallets) {
        return record(transaction(accountNumber, numbers.nextTransactionNumber(), command.tender().transactionType())
                .tender(command.tender()).total(command.amount()).wallet(command.amount()).build(), wallets);
    }

    @CommandHandler
    TransactionRecorded handle(IssueCreditNote command, NumberSequences numbers, Wallets wallets) {
        return record(transaction(accountNumber, numbers.nextTransactionNumber(), TransactionType.CREDIT)
                .total(command.amount()).wallet(command.amount()).note(command.note()).build(), wallets);
    }

    @CommandHandler
    TransactionRecorded handle(ChargeArrears command, NumberSequences numbers) {
        BigDecimal percent = MeterRules.collectionPercent(command.collectionPercent());
        long number = numbers.nextTransactionNumber();
        String itemId = "ARR-" + number;
        apply(new ArrearsItemOpened(accountNumber, itemId, number, percent, command.description()));
        return record(transaction(accountNumber, number, TransactionType.ARREARS).total(command.amount())
                .arrears(List.of(new ArrearsMovement(itemId, command.amount())), command.amount())
                .note(command.description()).build());
    }

    @CommandHandler
    TransactionRecorded handle(WriteOffArrears command, NumberSequences numbers, SeparationOfDuties duties,
                               @MetaDataValue(Metadata.WHO) String who) {
        List<ArrearsMovement> removed = EnergySale.reduceArrears(command.amount(), openArrears());
        removed.forEach(movement -> duties.check(who, arrears.get(movement.itemId()).openedBy(), "created this debt"));
        return record(transaction(accountNumber, numbers.nextTransactionNumber(), TransactionType.WRITEOFF)
                .total(command.amount()).arrears(removed, command.amount().negated()).note(command.reason()).build());
    }

    @CommandHandler
    TransactionRecorded handle(IssueFreeToken command, NumberSequences numbers, TokenVending vending) {
        Kwh units = MeterRules.freeUnits(command.units(), vending);
        Meter meter = stsMeter(command.meterNumber());
        String token = vending.creditToken(meter.meterNumber(), meter.sts(), units);
        return record(transaction(accountNumber, numbers.nextTransactionNumber(), TransactionType.FREE)
                .meter(meter.meterNumber()).units(units.value(), UnitType.KWH).token(token).note(command.reason()).build());
    }

    @CommandHandler
    TransactionRecorded handle(IssueManagementToken command, NumberSequences numbers, TokenVending vending) {
        int value = MeterRules.managementValue(command);
        Meter meter = stsMeter(command.meterNumber());
        String token = vending.managementToken(meter.meterNumber(), meter.sts(), command.kind(), value);
        return record(transaction(accountNumber, numbers.nextTransactionNumber(), TransactionType.MGMT)
                .meter(meter.meterNumber()).units(BigDecimal.ZERO.setScale(1), UnitType.KWH).token(token)
                .note(command.kind() + " work order " + command.workOrder()).build());
    }

    /** A Juice Card redeemed at a meter: its value pays arrears first, then buys a token (STS) or a wallet credit (AMI). */
    public TransactionRecorded redeemCardAtMeter(EnergyPayment.ByCard card, String meterNumber, EnergySales sales) {
        return sell(meterNumber, card, sales);
    }

    /**
     * Sells energy for one meter, whatever paid for it: arrears first by their percents, then a token
     * (STS) or a wallet credit (AMI).
     */
    private TransactionRecorded sell(String meterNumber, EnergyPayment payment, EnergySales sales) {
        Meter meter = meter(meterNumber);
        TokenVending tokens = sales.tokens();
        EnergySplit split = EnergySale.split(payment.amount(), openArrears(), sales.prices().priceOf(tariffId),
                meter.kind(), tokens::deliverable);
        String token = meter.kind() == MeterKind.STS && !split.kwh().isZero()
                ? tokens.creditToken(meter.meterNumber(), meter.sts(), split.kwh()) : null;
        TransactionBuilder sale = transaction(accountNumber, payment.transactionNumber(), payment.type())
                .meter(meter.meterNumber()).total(payment.amount()).split(split).token(token);
        return record(payment.describe(sale).build(), sales.wallets());
    }

    /** An adjustment line on this account: a signed wallet change, new debt, or less debt. */
    public TransactionRecorded adjust(long number, boolean wallet, Money amount, String reason, Wallets wallets) {
        TransactionBuilder builder = transaction(accountNumber, number, TransactionType.ADJ).total(amount).note(reason);
        if (wallet) {
            builder.wallet(amount);
        } else if (amount.isPositive()) {
            String itemId = "ARR-" + number;
            apply(new ArrearsItemOpened(accountNumber, itemId, number, FULL_COLLECTION, reason));
            builder.arrears(List.of(new ArrearsMovement(itemId, amount)), amount);
        } else {
            builder.arrears(EnergySale.reduceArrears(amount.negated(), openArrears()), amount);
        }
        return record(builder.build(), wallets);
    }

    /** A Juice Card redeemed to the wallet: works like a cash deposit (type JC). */
    public TransactionRecorded redeemToWallet(EnergyPayment.ByCard card, Wallets wallets) {
        return record(card.describe(transaction(accountNumber, card.transactionNumber(), card.type())
                .total(card.amount()).wallet(card.amount())).build(), wallets);
    }

    /** This account's side of a wallet transfer. */
    public TransactionRecorded transfer(TransferLeg leg, Wallets wallets) {
        Money change = leg.change();
        return record(transaction(accountNumber, leg.transactionNumber(), TransactionType.WALLET)
                .total(change.isNegative() ? change.negated() : change).wallet(change).counterparty(leg.otherAccount())
                .note(leg.note()).build(), wallets);
    }

    /**
     * Records the exact mirror of a transaction as a Reversal and marks the original reversed. A
     * Juice Card redemption is mirrored except for the card: its value comes back into this
     * account's wallet (the card stays used), so arrears, energy and tax are undone and the wallet
     * nets the card's value less what the redemption had put there.
     */
    public TransactionRecorded reverse(ReversalOrder order, Reversing reversing) {
        long transactionNumber = order.transactionNumber();
        long reversalNumber = order.reversalNumber();
        String reason = order.reason();
        TransactionHistory.PastTransaction past = reversing.history().find(accountNumber, transactionNumber)
                .filter(found -> accountNumber.equals(found.transaction().accountNumber()))
                .orElseThrow(() -> new DomainException(ErrorCode.TRANSACTION_NOT_FOUND,
                        "No transaction " + transactionNumber + " on this account."));
        TransactionRecorded original = past.transaction();
        if (original.type() == TransactionType.REVERSAL) {
            throw new DomainException(ErrorCode.REVERSAL_NOT_REVERSIBLE, "A Reversal cannot be reversed.");
        }
        if (reversedBy.containsKey(transactionNumber)) {
            throw new DomainException(ErrorCode.TRANSACTION_ALREADY_REVERSED,
                    "Transaction " + transactionNumber + " was already reversed by " + reversedBy.get(transactionNumber) + ".");
        }
        reversing.duties().check(order.reverser(), past.madeBy(), "made transaction " + transactionNumber);
        TransactionRecorded mirror = record(original.type() == TransactionType.JC
                ? TransactionBuilder.cardRedemptionReversalOf(original, reversalNumber, reason)
                : TransactionBuilder.reversalOf(original, reversalNumber, reason), reversing.wallets());
        apply(new TransactionReversed(accountNumber, transactionNumber, reversalNumber, reason));
        return mirror;
    }

    /** Applies a transaction that does not touch the wallet. */
    private TransactionRecorded record(TransactionRecorded transaction) {
        if (!transaction.walletChange().isZero()) {
            throw new IllegalStateException("Transaction " + transaction.transactionNumber() + " moves the wallet");
        }
        requireArrearsAllow(transaction);
        apply(transaction);
        return transaction;
    }

    /**
     * Applies a transaction and moves the wallet by its wallet change. Both refuse before anything is
     * applied: no arrears item and no wallet ever goes below zero.
     */
    private TransactionRecorded record(TransactionRecorded transaction, Wallets wallets) {
        Money change = transaction.walletChange();
        if (change.isZero()) {
            return record(transaction);
        }
        requireArrearsAllow(transaction);
        org.axonframework.modelling.command.Aggregate<Wallet> wallet = walletOf(wallets);
        wallet.execute(w -> w.requireAllows(change));
        apply(transaction);
        wallet.execute(w -> w.move(transaction.transactionNumber(), change));
        return transaction;
    }

    private void requireArrearsAllow(TransactionRecorded transaction) {
        for (ArrearsMovement movement : transaction.arrears()) {
            ArrearsItem item = arrears.get(movement.itemId());
            if (item == null || item.changedBy(movement.change()).balance().isNegative()) {
                throw new DomainException(ErrorCode.ARREARS_EXCEEDED,
                        "That would take arrears item " + movement.itemId() + " below zero.");
            }
        }
    }

    private org.axonframework.modelling.command.Aggregate<Wallet> walletOf(Wallets wallets) {
        return wallets.of(accountNumber, walletInAccountStream);
    }

    private Meter meter(String meterNumber) {
        if (meterNumber == null) {
            if (meters.size() == 1) {
                return meters.values().iterator().next();
            }
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "This account has " + meters.size() + " meters: say which one (meterNumber).");
        }
        Meter meter = meters.get(meterNumber);
        if (meter == null) {
            throw new DomainException(ErrorCode.METER_NOT_FOUND, "Meter " + meterNumber + " is not on this account.");
        }
        return meter;
    }

    private Meter stsMeter(String meterNumber) {
        Meter meter = meter(meterNumber);
        if (meter.kind() != MeterKind.STS) {
            throw new DomainException(ErrorCode.METER_KIND_MISMATCH, "Tokens are for STS meters; this one is AMI.");
        }
        return meter;
    }

    private List<ArrearsItem> openArrears() {
        return arrears.values().stream().filter(item -> item.balance().isPositive()).toList();
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        accountNumber = event.accountNumber();
        tariffId = event.tariffId();
        walletInAccountStream = Money.ZERO;
    }

    @EventSourcingHandler
    void on(MeterRegistered event) {
        meters.put(event.meterNumber(), new Meter(event.meterNumber(), event.kind(), event.sts()));
    }

    @EventSourcingHandler
    void on(ArrearsItemOpened event, @MetaDataValue(Metadata.WHO) String who) {
        arrears.put(event.itemId(), new ArrearsItem(event.itemId(), Money.ZERO, event.collectionPercent(), who));
    }

    @EventSourcingHandler
    void on(TransactionRecorded event) {
        for (ArrearsMovement movement : event.arrears()) {
            arrears.computeIfPresent(movement.itemId(), (id, item) -> item.changedBy(movement.change()));
        }
    }

    /** Only in streams written before the Wallet aggregate: the wallet's moves were the account's then. */
    @EventSourcingHandler
    void on(WalletCredited event) {
        walletInAccountStream = event.balance();
    }

    /** As above. */
    @EventSourcingHandler
    void on(WalletDebited event) {
        walletInAccountStream = event.balance();
    }

    @EventSourcingHandler
    void on(TransactionReversed event) {
        reversedBy.put(event.transactionNumber(), event.reversalNumber());
    }
}
