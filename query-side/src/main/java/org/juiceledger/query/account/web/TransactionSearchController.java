package org.juiceledger.query.account.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.persistence.criteria.Predicate;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.account.TransactionView;
import org.juiceledger.query.account.TransactionViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Finds transactions by account, cashier, type and time; newest first, in pages. */
@RestController
@ReadsProjections(ProjectionNames.ACCOUNTS)
@Tag(name = "Transactions")
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CASHIER', 'FINANCE', 'AUDITOR', 'ADMIN')")
class TransactionSearchController {

    private final TransactionViewRepository transactions;

    TransactionSearchController(TransactionViewRepository transactions) {
        this.transactions = transactions;
    }

    @GetMapping("/api/transactions")
    SearchResult search(@RequestParam(required = false) String accountNumber,
                        @RequestParam(required = false) String cashier,
                        @RequestParam(required = false) String type,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Specification<TransactionView> filter = where(accountNumber, cashier, typeLabel(type), from, to);
        Page<TransactionView> found = transactions.findAll(filter, PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("transactionNumber"), Sort.Order.asc("accountNumber"))));
        return new SearchResult(found.map(TransactionRow::of).getContent(), page, size, found.getTotalElements());
    }

    @GetMapping("/api/transactions/{number}")
    TransactionRow one(@PathVariable long number) {
        return transactions.findByTransactionNumberOrderByAccountNumber(number).stream().findFirst()
                .map(TransactionRow::of)
                .orElseThrow(() -> new DomainException(ErrorCode.TRANSACTION_NOT_FOUND, "No transaction " + number + "."));
    }

    private static String typeLabel(String type) {
        if (type == null) {
            return null;
        }
        try {
            return TransactionType.ofLabel(type).label();
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Unknown transaction type.");
        }
    }

    private static Specification<TransactionView> where(String account, String cashier, String type,
                                                        Instant from, Instant to) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (account != null) {
                all.add(cb.equal(root.get("accountNumber"), account));
            }
            if (cashier != null) {
                all.add(cb.equal(root.get("cashier"), cashier));
            }
            if (type != null) {
                all.add(cb.equal(root.get("originalType"), type));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("recordedAt"), from));
            }
            if (to != null) {
                all.add(cb.lessThan(root.get("recordedAt"), to));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    record SearchResult(List<TransactionRow> items, int page, int size, long total) {
    }
}
