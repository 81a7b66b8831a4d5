package org.juiceledger.command.account;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.kernel.money.Money;
import org.springframework.stereotype.Component;

/**
 * Loads an account's {@link Wallet} into the running unit of work. Only ever called with the account
 * already loaded (and so locked), which makes "account, then its wallet" the canonical lock order:
 * a wallet is never locked by a command that does not hold its account.
 */
@Component
public class Wallets {

    private final Repository<Wallet> repository;

    Wallets(Repository<Wallet> repository) {
        this.repository = repository;
    }

    /**
     * The account's wallet; opened now if it has never moved since it became an aggregate, holding
     * what the account's own stream said it held ({@code heldInAccountStream}, zero for an account
     * opened since).
     */
    Aggregate<Wallet> of(String accountNumber, Money heldInAccountStream) {
        Aggregate<Wallet> wallet = loadOrCreate(accountNumber);
        wallet.execute(w -> {
            if (!w.isOpen()) {
                w.open(accountNumber, heldInAccountStream);
            }
        });
        return wallet;
    }

    private Aggregate<Wallet> loadOrCreate(String accountNumber) {
        try {
            return repository.loadOrCreate(Wallet.idOf(accountNumber), Wallet::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) { // the factory's checked exception: Wallet::new throws none
            throw new IllegalStateException("Could not load the wallet of account " + accountNumber, e);
        }
    }

    /** The account's wallet's stream in the event store. */
    public static String streamOf(String accountNumber) {
        return Wallet.idOf(accountNumber);
    }

    /** The balance of a wallet the running unit of work has moved. */
    public Money balanceOf(String accountNumber) {
        return repository.load(Wallet.idOf(accountNumber)).invoke(Wallet::balance);
    }
}
