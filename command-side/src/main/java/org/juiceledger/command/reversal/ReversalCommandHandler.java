package org.juiceledger.command.reversal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.command.account.AccountLookups;
import org.juiceledger.command.account.AccountLookups.TransactionOwner;
import org.juiceledger.command.account.Accounts;
import org.juiceledger.command.account.NumberSequences;
import org.juiceledger.command.card.Card;
import org.juiceledger.command.card.CardSale;
import org.juiceledger.command.config.SeparationOfDuties;
import org.juiceledger.kernel.account.ReverseTransaction;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.RequestOrigin;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reverses a transaction wherever it was recorded, in one unit of work. On each account it posts
 * the exact mirror as a Reversal and marks the original reversed (a wallet that would go below zero
 * refuses the whole reversal); a reversed card redemption makes the card Activated again, and a
 * reversed card sale puts its cards back in stock. A transaction is reversed once; a Reversal never.
 */
@Component
class ReversalCommandHandler {

    private final Accounts accounts;
    private final Repository<CardSale> sales;
    private final Repository<Card> cards;
    private final AccountLookups lookups;
    private final NumberSequences numbers;
    private final SeparationOfDuties duties;

    ReversalCommandHandler(Accounts accounts, Repository<CardSale> sales, Repository<Card> cards,
                           AccountLookups lookups, NumberSequences numbers, SeparationOfDuties duties) {
        this.accounts = accounts;
        this.sales = sales;
        this.cards = cards;
        this.lookups = lookups;
        this.numbers = numbers;
        this.duties = duties;
    }

    /** Returns what the Reversal recorded first: an account's mirror, or the card sale's. */
    @CommandHandler
    Object handle(ReverseTransaction command, @MetaDataValue(RequestOrigin.WHO) String who) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A reversal needs a reason.");
        }
        List<TransactionOwner> owners = lookups.ownersOfTransaction(command.transactionNumber());
        if (owners.isEmpty()) {
            throw new DomainException(ErrorCode.TRANSACTION_NOT_FOUND, "No transaction " + command.transactionNumber() + ".");
        }
        long reversalNumber = numbers.nextTransactionNumber();
        Object first = null;
        for (TransactionOwner owner : owners) {
            Object reversed = owner.kind() == TransactionOwner.Kind.ACCOUNT
                    ? reverseOnAccount(owner.id(), command, reversalNumber, who)
                    : reverseCardSale(owner.id(), command, reversalNumber, who);
            first = first == null ? reversed : first;
        }
        return first;
    }

    private Object reverseOnAccount(String accountNumber, ReverseTransaction command, long reversalNumber, String who) {
        var mirror = accounts.load(accountNumber).invoke(account ->
                account.reverse(command.transactionNumber(), reversalNumber, command.reason(), who, duties));
        if (mirror.cardSerial() != null) {
            cards.load(mirror.cardSerial()).execute(card -> card.reverseRedemption(reversalNumber));
        }
        return mirror;
    }

    private Object reverseCardSale(String saleId, ReverseTransaction command, long reversalNumber, String who) {
        List<String> serials = sales.load(saleId).invoke(sale -> sale.reverse(reversalNumber, command.reason(), who, duties));
        serials.forEach(serial -> cards.load(serial).execute(card -> card.reverseActivation(reversalNumber)));
        return new CardSaleReversal(reversalNumber, command.transactionNumber(), serials.size());
    }

    /** What reversing a card sale answers. */
    public record CardSaleReversal(long transactionNumber, long reversalOf, int quantity) {
    }
}
