package org.juiceledger.standalone.console.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cashier totals of a range summed per day (every type and tender: the money taken at the
 * counter, reversals given back), every day of the range shown, for the "sales per day" bar chart
 * and the table of its figures.
 */
public record SalesPerDay(List<Day> days, int barWidth) {

    /** The chart's drawing area (its viewBox), however many days: the bars get narrower, never the chart wider. */
    public static final int WIDTH = 760;
    static final int BAR_HEIGHT_MAX = 160;
    static final int BASELINE = 180;
    static final int LEFT = 10;
    static final int STEP_MAX = 40;

    static SalesPerDay of(List<CashierTotalsPageController.Row> rows, LocalDate first, LocalDate last) {
        Map<LocalDate, BigDecimal> amounts = new TreeMap<>();
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            amounts.put(day, BigDecimal.ZERO.setScale(2));
            counts.put(day, 0L);
        }
        for (CashierTotalsPageController.Row row : rows) {
            amounts.merge(row.day(), row.amount(), BigDecimal::add);
            counts.merge(row.day(), row.count(), Long::sum);
        }
        BigDecimal largest = amounts.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::max);
        int step = Math.max(2, Math.min(STEP_MAX, (WIDTH - 2 * LEFT) / amounts.size()));
        List<Day> days = new ArrayList<>();
        int index = 0;
        for (Map.Entry<LocalDate, BigDecimal> day : amounts.entrySet()) {
            int height = Bars.length(day.getValue(), largest, BAR_HEIGHT_MAX);
            days.add(new Day(day.getKey(), counts.get(day.getKey()), day.getValue(), LEFT + step * index++,
                    BASELINE - height, height));
        }
        return new SalesPerDay(days, Math.max(1, step * 3 / 4));
    }

    /** Day labels under the bars only while they fit (a month); the table always has every figure. */
    public boolean labelled() {
        return days.size() <= 31;
    }

    public record Day(LocalDate day, long count, BigDecimal amount, int x, int y, int height) {
    }
}
