package org.juiceledger.query.ledger;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ledger's reports: trial balance, the statement of one ledger account, the invariant checks. */
@Component
public class LedgerReports {

    /** Bounds for an open window; both databases store these. */
    static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant END = Instant.parse("9999-12-31T23:59:59Z");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final LedgerBalanceRepository balances;
    private final JournalLineRepository lines;
    private final JournalEntryRepository entries;
    private final List<LedgerInvariant> invariants;

    LedgerReports(LedgerBalanceRepository balances, JournalLineRepository lines, JournalEntryRepository entries,
                  List<LedgerInvariant> invariants) {
        this.balances = balances;
        this.lines = lines;
        this.entries = entries;
        this.invariants = invariants;
    }

    /** Every ledger account with lines, its net balance on its side; the totals of each side. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TrialBalance trialBalance() {
        List<TrialBalance.Line> rows = new ArrayList<>();
        BigDecimal totalDebit = ZERO;
        BigDecimal totalCredit = ZERO;
        for (LedgerBalance balance : balances.findAllByOrderByLedgerAccount()) {
            BigDecimal net = balance.net();
            BigDecimal debit = net.signum() > 0 ? net : ZERO;
            BigDecimal credit = net.signum() < 0 ? net.negate() : ZERO;
            rows.add(new TrialBalance.Line(balance.getLedgerAccount(), debit, credit));
            totalDebit = totalDebit.add(debit);
            totalCredit = totalCredit.add(credit);
        }
        return new TrialBalance(rows, totalDebit, totalCredit, totalDebit.compareTo(totalCredit) == 0);
    }

    /**
     * The journal lines of one ledger account posted in [from, to), in the order of the event stream,
     * each with the account's running balance on its normal side; paged.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AccountStatement statement(String ledgerAccount, Instant from, Instant to, int page, int size) {
        if (!ChartOfAccounts.isAccount(ledgerAccount)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No ledger account " + ledgerAccount + ".");
        }
        Instant start = from == null ? BEGINNING : from;
        Instant end = to == null ? END : to;
        if (!end.isAfter(start)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "'to' must be after 'from'.");
        }
        boolean credit = ChartOfAccounts.normalSide(ledgerAccount) == ChartOfAccounts.NormalSide.CREDIT;
        Function<BigDecimal, BigDecimal> side = net -> credit ? net.negate() : net;
        Page<JournalLineRow> found = lines.findByLedgerAccountAndPostedAtGreaterThanEqualAndPostedAtLessThan(
                ledgerAccount, start, end, PageRequest.of(page, size, Sort.by("globalPosition", "id")));
        Map<Long, JournalEntry> entryById = entries.findAllById(found.stream().map(JournalLineRow::getEntryId).toList())
                .stream().collect(Collectors.toMap(JournalEntry::getId, Function.identity()));
        List<AccountStatement.Line> rows = new ArrayList<>();
        for (JournalLineRow line : found) {
            JournalEntry entry = entryById.get(line.getEntryId());
            rows.add(new AccountStatement.Line(entry.getId(), line.getGlobalPosition(), entry.getTransactionNumber(),
                    entry.getAccountNumber(), line.getPostedAt(), entry.getEventType(), entry.getDescription(),
                    entry.getWho(), line.getDebit(), line.getCredit(), side.apply(line.getRunningBalance())));
        }
        BigDecimal opening;
        BigDecimal closing;
        if (found.isEmpty()) {
            // no lines in the window: the balance before it; a page past the end: the balance at its end
            Instant bound = found.getTotalElements() > 0 ? end : start;
            opening = lines.findFirstByLedgerAccountAndPostedAtLessThanOrderByGlobalPositionDescIdDesc(ledgerAccount, bound)
                    .map(JournalLineRow::getRunningBalance).orElse(ZERO);
            closing = opening;
        } else {
            JournalLineRow first = found.getContent().get(0);
            opening = first.getRunningBalance().subtract(first.getDebit()).add(first.getCredit());
            closing = found.getContent().get(found.getNumberOfElements() - 1).getRunningBalance();
        }
        return new AccountStatement(ledgerAccount, credit ? "CREDIT" : "DEBIT", from, to, page, size,
                found.getTotalElements(), side.apply(opening), side.apply(closing), rows);
    }

    /** Runs every invariant in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public InvariantReport invariants() {
        List<InvariantCheck> checks = invariants.stream().flatMap(invariant -> invariant.check().stream()).toList();
        return new InvariantReport(checks.stream().allMatch(InvariantCheck::holds), checks);
    }

    /** {@code debit}/{@code credit}: the account's net balance, on its side (the other is 0.00). */
    public record TrialBalance(List<Line> lines, BigDecimal totalDebit, BigDecimal totalCredit, boolean balanced) {
        public record Line(String account, BigDecimal debit, BigDecimal credit) {
        }
    }

    /**
     * One ledger account's lines; {@code balance}, {@code openingBalance} and {@code closingBalance}
     * stand on the account's normal side (credit minus debit for liabilities and income).
     */
    public record AccountStatement(String account, String normalSide, Instant from, Instant to, int page, int size,
                                   long total, BigDecimal openingBalance, BigDecimal closingBalance, List<Line> lines) {
        public record Line(long entryId, long position, Long transactionNumber, String accountNumber, Instant postedAt,
                           String eventType, String description, String who, BigDecimal debit, BigDecimal credit,
                           BigDecimal balance) {
        }
    }

    public record InvariantReport(boolean holds, List<InvariantCheck> checks) {
    }
}
