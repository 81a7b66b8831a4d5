package org.juiceledger.standalone.console.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cards by denomination, state and custodian; the outstanding liability is the face value of the
 * activated ones, as in the API's inventory report. {@link #byState} draws the bar chart.
 */
public record CardInventory(List<Row> rows, BigDecimal outstandingLiability) {

    public static final List<String> STATES = List.of("AVAILABLE", "ACTIVATED", "REDEEMED", "VOID");
    static final int BAR_WIDTH_MAX = 600;

    static CardInventory of(List<Object[]> query) {
        List<Row> rows = new ArrayList<>();
        BigDecimal liability = BigDecimal.ZERO.setScale(2);
        for (Object[] r : query) {
            Row row = new Row((BigDecimal) r[0], (String) r[1], (String) r[2], (Long) r[3], (BigDecimal) r[4]);
            rows.add(row);
            if ("ACTIVATED".equals(row.state())) {
                liability = liability.add(row.value());
            }
        }
        return new CardInventory(rows, liability);
    }

    /** One bar per state: how many cards, and the bar's width against the largest. */
    public List<Bar> byState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(state -> counts.put(state, 0L));
        rows.forEach(row -> counts.merge(row.state(), row.quantity(), Long::sum));
        long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Long> state : counts.entrySet()) {
            int width = Bars.length(state.getValue(), largest, BAR_WIDTH_MAX);
            bars.add(new Bar(state.getKey(), state.getValue(), width, 10 + 40 * index++));
        }
        return bars;
    }

    public record Row(BigDecimal denomination, String state, String custodian, long quantity, BigDecimal value) {
    }

    public record Bar(String state, long quantity, int width, int y) {
    }
}
