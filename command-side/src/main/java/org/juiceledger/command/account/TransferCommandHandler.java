package org.juiceledger.command.account;

import org.axonframework.commandhandling.CommandHandler;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransferBetweenWallets;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

/** Wallet transfers: one transaction number, recorded on both accounts, in one unit of work. */
@Component
class TransferCommandHandler {

    private final Accounts accounts;
    private final NumberSequences numbers;

    TransferCommandHandler(Accounts accounts, NumberSequences numbers) {
        this.accounts = accounts;
        this.numbers = numbers;
    }

    /** Returns the sender's side. */
    @CommandHandler
    TransactionRecorded handle(TransferBetweenWallets command) {
        if (command.fromAccount().equals(command.toAccount())) {
            throw new DomainException(ErrorCode.TRANSFER_TO_SAME_ACCOUNT, "A transfer needs two different accounts.");
        }
        long number = numbers.nextTransactionNumber();
        TransactionRecorded sent = accounts.load(command.fromAccount())
                .invoke(from -> from.transfer(number, command.amount().negated(), command.toAccount()));
        accounts.load(command.toAccount()).execute(to -> to.transfer(number, command.amount(), command.fromAccount()));
        return sent;
    }
}
