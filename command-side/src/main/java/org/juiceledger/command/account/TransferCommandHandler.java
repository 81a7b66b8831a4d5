package org.juiceledger.command.account;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransferBetweenWallets;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Wallet transfers: one transaction number, recorded on both accounts and both wallets, in one unit
 * of work. Both accounts are locked in account-number order, whichever way the money goes, each
 * before its wallet.
 */
@Component
class TransferCommandHandler {

    private final Accounts accounts;
    private final NumberSequences numbers;
    private final Wallets wallets;

    TransferCommandHandler(Accounts accounts, NumberSequences numbers, Wallets wallets) {
        this.accounts = accounts;
        this.numbers = numbers;
        this.wallets = wallets;
    }

    /** Returns the sender's side. */
    @CommandHandler
    TransactionRecorded handle(TransferBetweenWallets command) {
        if (command.fromAccount().equals(command.toAccount())) {
            throw new DomainException(ErrorCode.TRANSFER_TO_SAME_ACCOUNT, "A transfer needs two different accounts.");
        }
        Map<String, Aggregate<Account>> both = accounts.loadInLockOrder(List.of(command.fromAccount(), command.toAccount()));
        long number = numbers.nextTransactionNumber();
        TransactionRecorded sent = both.get(command.fromAccount())
                .invoke(from -> from.transfer(TransferLeg.of(number, command.amount().negated(), command.toAccount()),
                        wallets));
        both.get(command.toAccount()).execute(to -> to.transfer(TransferLeg.of(number, command.amount(),
                command.fromAccount()), wallets));
        return sent;
    }
}
