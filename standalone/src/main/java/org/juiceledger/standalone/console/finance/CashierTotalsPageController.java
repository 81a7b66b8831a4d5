package org.juiceledger.standalone.console.finance;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.cashier.CashierActivityRepository;
import org.juiceledger.query.cashier.SettlementView;
import org.juiceledger.query.cashier.SettlementViewRepository;
import org.juiceledger.query.projection.ProjectionNames;
import org.juiceledger.standalone.console.support.ConsoleReads;
import org.juiceledger.standalone.console.support.CsvText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Cashier totals from day to day (both included, UTC days), read with the repository query behind
 * {@code GET /api/reports/cashier-totals}: the same rows, and the same CSV columns; their sum per day
 * as the "sales per day" chart ({@link SalesPerDay}); the settlements of the range, with a CSV too.
 */
@Controller
class CashierTotalsPageController {

    private static final Duration WINDOW_MAX = Duration.ofDays(366);
    private final ConsoleReads reads;
    private final CashierActivityRepository activity;
    private final SettlementViewRepository settlements;
    private final Clock clock;

    CashierTotalsPageController(ConsoleReads reads, CashierActivityRepository activity, SettlementViewRepository settlements,
                                Clock clock) {
        this.reads = reads;
        this.clock = clock;
        this.activity = activity;
        this.settlements = settlements;
    }

    @GetMapping("/console/finance/cashier-totals")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String cashier, Model model) {
        Range range = Range.of(from, to, today());
        model.addAttribute("stale", reads.await(ProjectionNames.CASHIER_TOTALS));
        model.addAttribute("from", range.first());
        model.addAttribute("to", range.last());
        model.addAttribute("cashier", cashier == null ? "" : cashier);
        List<Row> rows = rows(range, cashier);
        model.addAttribute("rows", rows);
        model.addAttribute("sales", SalesPerDay.of(rows, range.first(), range.last()));
        model.addAttribute("settlements", settled(range, cashier));
        return "console/cashier-totals";
    }

    @GetMapping("/console/finance/cashier-totals.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String cashier) {
        Range range = Range.of(from, to, today());
        reads.requireCurrent(ProjectionNames.CASHIER_TOTALS);
        CsvText csv = new CsvText("cashier", "day", "batch", "type", "tender", "count", "amount");
        for (Row row : rows(range, cashier)) {
            csv.row(row.cashier(), row.day().toString(), row.batchNumber(), row.type(), row.tender(), row.count(), row.amount());
        }
        return csv.download("cashier-totals-" + range.first() + "-" + range.last() + ".csv");
    }

    /** The settlements table: what each closed batch expected by tender, the cash declared, over/short. */
    @GetMapping("/console/finance/settlements.csv")
    ResponseEntity<byte[]> settlementsCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) String cashier) {
        Range range = Range.of(from, to, today());
        reads.requireCurrent(ProjectionNames.CASHIER_TOTALS);
        CsvText csv = new CsvText("cashier", "batch", "openedAt", "closedAt", "closedBy", "expectedCash", "expectedCc",
                "expectedCheck", "expectedDc", "declaredCash", "overShort");
        for (SettlementView s : settled(range, cashier)) {
            csv.row(s.getCashier(), s.getBatchNumber(), s.getOpenedAt(), s.getClosedAt(), s.getClosedBy(), s.getExpectedCash(),
                    s.getExpectedCc(), s.getExpectedCheck(), s.getExpectedDc(), s.getDeclaredCash(), s.getOverShort());
        }
        return csv.download("settlements-" + range.first() + "-" + range.last() + ".csv");
    }

    List<Row> rows(Range range, String cashier) {
        return activity.totals(range.start(), range.end(), blankToEmpty(cashier)).stream()
                .map(r -> new Row((String) r[0], (LocalDate) r[1], (Long) r[2], (String) r[3], (String) r[4],
                        (Long) r[5], (BigDecimal) r[6]))
                .toList();
    }

    private List<SettlementView> settled(Range range, String cashier) {
        return settlements.findByClosedAtGreaterThanEqualAndClosedAtLessThanOrderByCashierAscBatchNumberAsc(
                        range.start(), range.end()).stream()
                .filter(s -> cashier == null || cashier.isBlank() || s.getCashier().equals(cashier.strip())).toList();
    }

    /** Today in UTC, the day the totals show when no day is given. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String blankToEmpty(String cashier) {
        return cashier == null ? "" : cashier.strip();
    }

    public record Row(String cashier, LocalDate day, long batchNumber, String type, String tender, long count,
                      BigDecimal amount) {
    }

    /** From the start of the first day to the end of the last (UTC), at most a year, as the API allows. */
    record Range(LocalDate first, LocalDate last) {

        static Range of(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate first = from == null ? today : from;
            LocalDate last = to == null ? first : to;
            Range range = new Range(first, last);
            if (last.isBefore(first) || Duration.between(range.start(), range.end()).compareTo(WINDOW_MAX) > 0) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "'to' must not be before 'from', at most a year later.");
            }
            return range;
        }

        Instant start() {
            return first.atStartOfDay().toInstant(ZoneOffset.UTC);
        }

        Instant end() {
            return last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }
}
