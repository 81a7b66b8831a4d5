package org.juiceledger.command.account;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for the handlers that change several in one unit of work (transfers,
 * adjustments, reversals, card redemptions): all their events commit in one transaction.
 */
@Component
public class Accounts {

    private final Repository<Account> repository;

    Accounts(Repository<Account> repository) {
        this.repository = repository;
    }

    public Aggregate<Account> load(String accountNumber) {
        try {
            return repository.load(accountNumber);
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, "No account " + accountNumber + ".");
        }
    }
}
