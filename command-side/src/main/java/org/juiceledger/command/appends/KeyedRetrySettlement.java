package org.juiceledger.command.appends;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.idempotency.EarlierAttempts;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A keyed retry first settles what its earlier attempts left pending: if their events are stored,
 * the retry must not run again (it answers {@code OUTCOME_RECOVERED}); if it cannot yet be told,
 * it answers 503 and is retried; if they were never stored, it runs.
 */
class KeyedRetrySettlement implements EarlierAttempts {

    private final PendingAppends pending;
    private final PendingAppendSettlement settlement;

    KeyedRetrySettlement(PendingAppends pending, PendingAppendSettlement settlement) {
        this.pending = pending;
        this.settlement = settlement;
    }

    @Override
    public Optional<DomainException> settle(String login, String key) {
        List<PendingAppend> left = pending.lockOfRequest(login, key);
        TreeSet<Long> numbers = new TreeSet<>();
        boolean applied = false;
        for (PendingAppend append : left) {
            PendingAppendSettlement.Settled settled = settlement.settle(append, true);
            switch (settled.outcome()) {
                case UNDECIDED -> {
                    return Optional.of(new DomainException(ErrorCode.COMMIT_OUTCOME_UNKNOWN, "The first request "
                            + "under this Idempotency-Key may still be taking effect; retry it in a moment with the same key."));
                }
                case APPLIED -> {
                    applied = true;
                    numbers.addAll(settled.transactionNumbers());
                }
                case NOT_STORED -> {
                }
            }
        }
        return applied ? Optional.of(PendingAppendSettlement.recoveredAnswer(numbers)) : Optional.empty();
    }

    @Override
    public void answered(String login, String key) {
        pending.removeOfRequest(login, key);
    }
}
