package org.juiceledger.query.cashier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.cashier.CashierActivityRepository;
import org.juiceledger.query.cashier.SettlementView;
import org.juiceledger.query.cashier.SettlementViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.query.support.ReadsProjections;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Cashier totals per cashier, day and batch, by transaction type and tender; and the settlements. */
@RestController
@ReadsProjections(ProjectionNames.CASHIER_TOTALS)
@Tag(name = "Reports")
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FINANCE', 'SUPERVISOR', 'AUDITOR')")
class CashierTotalsController {

    private static final Duration WINDOW_MAX = Duration.ofDays(366);
    private final CashierActivityRepository activity;
    private final SettlementViewRepository settlements;

    private final Clock clock;

    CashierTotalsController(CashierActivityRepository activity, SettlementViewRepository settlements, Clock clock) {
        this.activity = activity;
        this.settlements = settlements;
        this.clock = clock;
    }

    @GetMapping(value = "/api/reports/cashier-totals", produces = "application/json")
    CashierTotals totals(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                         @RequestParam(required = false) String cashier) {
        Instant start = from == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().toInstant(ZoneOffset.UTC) : from;
        Instant end = to == null ? start.plus(Duration.ofDays(1)) : to;
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(WINDOW_MAX) > 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "'to' must be after 'from', at most a year later.");
        }
        List<Row> rows = activity.totals(start, end, cashier == null ? "" : cashier).stream()
                .map(r -> new Row((String) r[0], (LocalDate) r[1], (Long) r[2], (String) r[3], (String) r[4],
                        (Long) r[5], (BigDecimal) r[6]))
                .toList();
        List<Settlement> closed = settlements
                .findByClosedAtGreaterThanEqualAndClosedAtLessThanOrderByCashierAscBatchNumberAsc(start, end).stream()
                .filter(s -> cashier == null || s.getCashier().equals(cashier))
                .map(Settlement::of).toList();
        return new CashierTotals(start, end, rows, closed);
    }

    @GetMapping(value = "/api/reports/cashier-totals", produces = "text/csv")
    String totalsCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                     @RequestParam(required = false) String cashier) {
        StringBuilder csv = new StringBuilder("cashier,day,batch,type,tender,count,amount\n");
        for (Row row : totals(from, to, cashier).rows()) {
            csv.append(String.join(",", row.cashier(), row.day().toString(), String.valueOf(row.batchNumber()),
                    row.type(), row.tender(), String.valueOf(row.count()), row.amount().toPlainString())).append('\n');
        }
        return csv.toString();
    }

    record CashierTotals(Instant from, Instant to, List<Row> rows, List<Settlement> settlements) {
    }

    record Row(String cashier, LocalDate day, long batchNumber, String type, String tender, long count, BigDecimal amount) {
    }

    record Settlement(String cashier, long batchNumber, Instant openedAt, Instant closedAt, String closedBy,
                      BigDecimal expectedCash, BigDecimal expectedCc, BigDecimal expectedCheck, BigDecimal expectedDc,
                      BigDecimal declaredCash, BigDecimal overShort) {
        static Settlement of(SettlementView s) {
            return new Settlement(s.getCashier(), s.getBatchNumber(), s.getOpenedAt(), s.getClosedAt(), s.getClosedBy(),
                    s.getExpectedCash(), s.getExpectedCc(), s.getExpectedCheck(), s.getExpectedDc(), s.getDeclaredCash(),
                    s.getOverShort());
        }
    }
}
