package org.juiceledger.command.account;

import org.juiceledger.kernel.validation.Reasons;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.juiceledger.kernel.account.AdjustBalances;
import org.juiceledger.kernel.account.AdjustmentLine;
import org.juiceledger.kernel.account.AdjustmentTarget;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Batch adjustments (type Adj): one transaction number and reason over many accounts. All lines
 * run in one unit of work, so one refused line leaves every account unchanged. The accounts are
 * locked in account-number order (not line order), so crossed adjustments never deadlock.
 */
@Component
class AdjustmentCommandHandler {

    static final int LINES_MAX = 1000;
    private final Accounts accounts;
    private final NumberSequences numbers;
    private final Wallets wallets;

    AdjustmentCommandHandler(Accounts accounts, NumberSequences numbers, Wallets wallets) {
        this.accounts = accounts;
        this.numbers = numbers;
        this.wallets = wallets;
    }

    /** Returns the first line's transaction. */
    @CommandHandler
    TransactionRecorded handle(AdjustBalances command) {
        checkLines(command.reason(), command.lines());
        Map<String, Aggregate<Account>> touched = accounts.loadInLockOrder(
                command.lines().stream().map(AdjustmentLine::accountNumber).toList());
        long number = numbers.nextTransactionNumber();
        TransactionRecorded first = null;
        for (AdjustmentLine line : command.lines()) {
            TransactionRecorded recorded = touched.get(line.accountNumber()).invoke(account ->
                    account.adjust(number, line.target() == AdjustmentTarget.WALLET, line.amount(), command.reason(),
                            wallets));
            first = first == null ? recorded : first;
        }
        return first;
    }

    private static void checkLines(String reason, List<AdjustmentLine> lines) {
        Reasons.require(reason, "An adjustment");
        if (lines.isEmpty() || lines.size() > LINES_MAX) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An adjustment has 1 to " + LINES_MAX + " lines.");
        }
        Set<String> seen = new HashSet<>();
        for (AdjustmentLine line : lines) {
            if (line.amount().isZero()) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "An adjustment line may not be zero.");
            }
            if (!seen.add(line.accountNumber())) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED,
                        "Account " + line.accountNumber() + " appears on more than one line.");
            }
        }
    }
}
