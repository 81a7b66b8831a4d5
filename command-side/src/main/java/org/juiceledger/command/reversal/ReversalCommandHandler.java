package org.juiceledger.command.reversal;

import org.juiceledger.kernel.Metadata;
import org.juiceledger.kernel.validation.Reasons;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.command.account.Account;
import org.juiceledger.command.account.AccountLookups;
import org.juiceledger.command.account.AccountLookups.TransactionOwner;
import org.juiceledger.command.account.Accounts;
import org.juiceledger.command.account.NumberSequences;
import org.juiceledger.command.account.ReversalOrder;
import org.juiceledger.command.account.Reversing;
import org.juiceledger.command.account.TransferLeg;
import org.juiceledger.command.card.Card;
import org.juiceledger.command.card.CardSale;
import org.juiceledger.kernel.account.ReverseTransaction;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.RequestOrigin;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reverses a transaction wherever it was recorded, in one unit of work. On each account it posts
 * the mirror as a Reversal and marks the original reversed (a wallet that would go below zero
 * refuses the whole reversal); a reversed card sale puts its cards back in stock. A reversed card
 * redemption leaves the card Redeemed (a card is used once) and credits its value to the wallet of
 * the account it was redeemed to, or of the account the supervisor names (then as a transfer from
 * the first). Every account is locked before any card, in account-number order. A transaction is
 * reversed once; a Reversal never.
 */
@Component
class ReversalCommandHandler {

    private final Accounts accounts;
    private final Repository<CardSale> sales;
    private final Repository<Card> cards;
    private final AccountLookups lookups;
    private final NumberSequences numbers;
    private final Reversing reversing;

    ReversalCommandHandler(Accounts accounts, Repository<CardSale> sales, Repository<Card> cards,
                           AccountLookups lookups, NumberSequences numbers, Reversing reversing) {
        this.accounts = accounts;
        this.sales = sales;
        this.cards = cards;
        this.lookups = lookups;
        this.numbers = numbers;
        this.reversing = reversing;
    }

    /** Returns what the Reversal recorded first: an account's mirror, or the card sale's. */
    @CommandHandler
    Object handle(ReverseTransaction command, @MetaDataValue(Metadata.WHO) String who) {
        Reasons.require(command.reason(), "A reversal");
        List<TransactionOwner> owners = lookups.ownersOfTransaction(command.transactionNumber());
        if (owners.isEmpty()) {
            throw new DomainException(ErrorCode.TRANSACTION_NOT_FOUND, "No transaction " + command.transactionNumber() + ".");
        }
        Map<String, Aggregate<Account>> locked = accounts.loadInLockOrder(accountsToLock(owners, command));
        long reversalNumber = numbers.nextTransactionNumber();
        Object first = null;
        for (TransactionOwner owner : owners) {
            Object reversed = owner.kind() == TransactionOwner.Kind.ACCOUNT
                    ? reverseOnAccount(locked, owner.id(), command, reversalNumber, who)
                    : reverseCardSale(owner.id(), command, reversalNumber, who);
            first = first == null ? reversed : first;
        }
        return first;
    }

    private static List<String> accountsToLock(List<TransactionOwner> owners, ReverseTransaction command) {
        List<String> numbers = new ArrayList<>();
        owners.stream().filter(owner -> owner.kind() == TransactionOwner.Kind.ACCOUNT).forEach(owner -> numbers.add(owner.id()));
        if (command.creditAccount() != null) {
            numbers.add(command.creditAccount());
        }
        return numbers;
    }

    private TransactionRecorded reverseOnAccount(Map<String, Aggregate<Account>> locked, String accountNumber,
                                                 ReverseTransaction command, long reversalNumber, String who) {
        TransactionRecorded mirror = locked.get(accountNumber).invoke(account ->
                account.reverse(new ReversalOrder(command.transactionNumber(), reversalNumber, command.reason(), who), reversing));
        if (mirror.cardRefund() == null) {
            if (command.creditAccount() != null) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED,
                        "creditAccount applies only to reversing a Juice Card redemption.");
            }
            return mirror;
        }
        String credited = command.creditAccount() == null ? accountNumber : command.creditAccount();
        cards.load(mirror.cardSerial()).execute(card -> card.reverseRedemptionToWallet(reversalNumber, credited));
        if (!credited.equals(accountNumber)) {
            passOnCardValue(locked, mirror, credited);
        }
        return mirror;
    }

    /** The card's value, credited where it was redeemed, goes on to the wallet the supervisor named. */
    private void passOnCardValue(Map<String, Aggregate<Account>> locked, TransactionRecorded mirror, String credited) {
        long number = numbers.nextTransactionNumber();
        String note = "value of card " + mirror.cardSerial() + " from reversal " + mirror.transactionNumber();
        locked.get(mirror.accountNumber()).execute(from -> from.transfer(
                new TransferLeg(number, mirror.cardRefund().negated(), credited, note), reversing.wallets()));
        locked.get(credited).execute(to -> to.transfer(
                new TransferLeg(number, mirror.cardRefund(), mirror.accountNumber(), note), reversing.wallets()));
    }

    private Object reverseCardSale(String saleId, ReverseTransaction command, long reversalNumber, String who) {
        if (command.creditAccount() != null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "creditAccount applies only to reversing a Juice Card redemption.");
        }
        List<String> serials = sales.load(saleId).invoke(sale -> sale.reverse(reversalNumber, command.reason(), who,
                reversing.duties()));
        serials.stream().sorted().forEach(serial -> cards.load(serial).execute(card -> card.reverseActivation(reversalNumber)));
        return new CardSaleReversal(reversalNumber, command.transactionNumber(), serials.size());
    }

    /** What reversing a card sale answers. */
    public record CardSaleReversal(long transactionNumber, long reversalOf, int quantity) {
    }
}
