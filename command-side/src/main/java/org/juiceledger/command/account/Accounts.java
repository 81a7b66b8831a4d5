package org.juiceledger.command.account;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Loads accounts for the handlers that change several in one unit of work (transfers,
 * adjustments, reversals, card redemptions): all their events commit in one transaction.
 * Loading an account takes its lock until the unit of work ends; a handler that needs several
 * loads them with {@link #loadInLockOrder}, so two commands over the same accounts (A→B and B→A)
 * queue behind each other instead of deadlocking. Accounts are always locked before cards.
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

    /** Loads (and locks) every account once, in ascending order of account number; keyed by number. */
    public Map<String, Aggregate<Account>> loadInLockOrder(Collection<String> accountNumbers) {
        Map<String, Aggregate<Account>> loaded = new LinkedHashMap<>();
        for (String accountNumber : new TreeSet<>(accountNumbers)) {
            loaded.put(accountNumber, load(accountNumber));
        }
        return loaded;
    }
}
