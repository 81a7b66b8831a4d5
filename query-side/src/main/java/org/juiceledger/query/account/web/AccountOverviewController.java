package org.juiceledger.query.account.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.account.AccountView;
import org.juiceledger.query.account.AccountViewRepository;
import org.juiceledger.query.account.MeterView;
import org.juiceledger.query.account.MeterViewRepository;
import org.juiceledger.query.account.TransactionViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The account overview of the seed text: balances, meters, and recent transactions newest first. */
@RestController
@ReadsProjections(ProjectionNames.ACCOUNTS)
@Tag(name = "Accounts")
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CASHIER', 'FINANCE', 'AUDITOR', 'ADMIN')")
class AccountOverviewController {

    static final int RECENT = 20;
    private final AccountViewRepository accounts;
    private final MeterViewRepository meters;
    private final TransactionViewRepository transactions;

    AccountOverviewController(AccountViewRepository accounts, MeterViewRepository meters,
                              TransactionViewRepository transactions) {
        this.accounts = accounts;
        this.meters = meters;
        this.transactions = transactions;
    }

    @GetMapping("/api/accounts/{accountNumber}/overview")
    Overview overview(@PathVariable String accountNumber) {
        AccountView account = accounts.findById(accountNumber)
                .orElseThrow(() -> new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, "No account " + accountNumber + "."));
        List<TransactionRow> recent = transactions
                .findByAccountNumberOrderByTransactionNumberDesc(accountNumber, PageRequest.of(0, RECENT))
                .stream().map(TransactionRow::of).toList();
        return new Overview(account.getAccountNumber(), account.getName(), account.getPhone(), account.getEmail(),
                account.getTariffId(), Map.of("wallet", account.getWalletBalance(), "arrears", account.getArrearsBalance()),
                meters.findByAccountNumberOrderByMeterNumber(accountNumber).stream().map(MeterRow::of).toList(),
                recent);
    }

    record Overview(String accountNumber, String name, String phone, String email, String tariffId,
                    Map<String, BigDecimal> balances, List<MeterRow> meters, List<TransactionRow> recentTransactions) {
    }

    record MeterRow(String meterNumber, String kind, String supplyGroupCode, String tariffIndex, Integer keyRevision,
                    Integer keyType, Integer baseDate, String algorithm) {

        static MeterRow of(MeterView m) {
            return new MeterRow(m.getMeterNumber(), m.getKind(), m.getSupplyGroupCode(), m.getTariffIndex(),
                    m.getKeyRevision(), m.getKeyType(), m.getBaseDate(), m.getAlgorithm());
        }
    }
}
