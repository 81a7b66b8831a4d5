package org.juiceledger.query.verification;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One projection table compared with its expected rows: both sides are SQL relations with the same
 * key and value columns. Rows match by key; every value is compared with {@code IS DISTINCT FROM}
 * (numbers by value, nulls alike).
 */
record ProjectionComparison(String projection, List<String> keys, List<String> values, String expectedSql,
                            String actualSql) {

    /** Expected rows with no actual row, or with a different value: keys, a missing flag, then per value its flag and both sides. */
    String missingOrDifferentSql() {
        StringBuilder select = new StringBuilder("select ");
        keys.forEach(k -> select.append("e.").append(k).append(", "));
        select.append("case when a.").append(keys.get(0)).append(" is null then 1 else 0 end as missing_row");
        for (String v : values) {
            select.append(", case when e.").append(v).append(" is distinct from a.").append(v)
                    .append(" then 1 else 0 end, e.").append(v).append(", a.").append(v);
        }
        return select + " from (" + expectedSql + ") e left join (" + actualSql + ") a on " + joinOn()
                + " where a." + keys.get(0) + " is null" + values.stream()
                .map(v -> " or e." + v + " is distinct from a." + v).collect(Collectors.joining());
    }

    /** Actual rows with no expected row. */
    String extraSql() {
        return "select " + keys.stream().map(k -> "a." + k).collect(Collectors.joining(", ")) + " from ("
                + actualSql + ") a left join (" + expectedSql + ") e on " + joinOn() + " where e." + keys.get(0)
                + " is null";
    }

    String countSql() {
        return "select count(*) from (" + actualSql + ") a";
    }

    private String joinOn() {
        return keys.stream().map(k -> "e." + k + " = a." + k).collect(Collectors.joining(" and "));
    }
}
