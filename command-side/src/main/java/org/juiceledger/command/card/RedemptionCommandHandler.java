package org.juiceledger.command.card;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.command.account.Account;
import org.juiceledger.command.account.AccountLookups;
import org.juiceledger.command.account.Accounts;
import org.juiceledger.command.account.NumberSequences;
import org.juiceledger.command.account.EnergyPayment;
import org.juiceledger.command.account.EnergySales;
import org.juiceledger.command.card.pin.PinHasher;
import org.juiceledger.command.guard.GuardProperties;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.RedeemCard;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Redeems a card by its PIN (type JC): to a meter, as energy after arrears, or to an account's
 * wallet. The card and the account change in one unit of work: together or not at all, the
 * account locked before the card. Unknown, unsold, void and long-used cards all get the same
 * refusal, so the answer never tells a PIN exists; a card redeemed within the guard window
 * ({@code juice.guard.window}) is refused as CARD_ALREADY_REDEEMED, because whoever sends its PIN
 * then holds the card and is retrying or racing, not guessing.
 */
@Component
public class RedemptionCommandHandler {

    private final CardLookups cardLookups;
    private final AccountLookups accountLookups;
    private final Repository<Card> cards;
    private final Accounts accounts;
    private final NumberSequences numbers;
    private final EnergySales sales;
    private final PinHasher hasher;
    private final Duration recentlyRedeemed;

    RedemptionCommandHandler(CardLookups cardLookups, AccountLookups accountLookups, Repository<Card> cards,
                             Accounts accounts, NumberSequences numbers, EnergySales sales, PinHasher hasher,
                             GuardProperties guard) {
        this.cardLookups = cardLookups;
        this.accountLookups = accountLookups;
        this.cards = cards;
        this.accounts = accounts;
        this.numbers = numbers;
        this.sales = sales;
        this.hasher = hasher;
        this.recentlyRedeemed = guard.window();
    }

    @CommandHandler
    TransactionRecorded handle(RedeemCard command) {
        return redeem(command).transaction();
    }

    /**
     * Redeems in the current unit of work (the gateways call this from their own command handlers)
     * and says the wallet balance afterwards. The account is loaded before the PIN is looked up, so
     * an unknown account is answered alike whatever the PIN.
     */
    public Redemption redeem(RedeemCard command) {
        String accountNumber = accountOf(command);
        Aggregate<Account> account = accounts.load(accountNumber);
        String serial = cardLookups.serialOfPin(hasher.hash(command.pin())).orElseThrow(CardRules::notRedeemable);
        long number = numbers.nextTransactionNumber();
        Instant recentSince = GenericEventMessage.clock.instant().minus(recentlyRedeemed);
        Money value = cards.load(serial).invoke(card -> card.redeem(number, accountNumber, command.meterNumber(),
                recentSince));
        TransactionRecorded transaction = account.invoke(a -> command.meterNumber() == null
                ? a.redeemToWallet(new EnergyPayment.ByCard(number, value, serial), sales.wallets())
                : a.redeemCardAtMeter(new EnergyPayment.ByCard(number, value, serial), command.meterNumber(), sales));
        return new Redemption(transaction,
                transaction.walletChange().isZero() ? null : sales.wallets().balanceOf(accountNumber));
    }

    /** A redemption's transaction and, when it moved the wallet, the wallet's balance after it (else null). */
    public record Redemption(TransactionRecorded transaction, Money walletBalance) {
    }

    private String accountOf(RedeemCard command) {
        if (command.meterNumber() != null) {
            return accountLookups.accountOfMeter(command.meterNumber()).orElseThrow(() ->
                    new DomainException(ErrorCode.METER_NOT_FOUND, "No meter " + command.meterNumber() + " is registered."));
        }
        if (command.accountNumber() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Say which meter or account to redeem to.");
        }
        return command.accountNumber();
    }
}
