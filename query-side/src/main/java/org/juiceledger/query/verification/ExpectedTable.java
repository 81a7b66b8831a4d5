package org.juiceledger.query.verification;

import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A temporary table verification fills with what the projections must hold. It lives only in the
 * verification's own connection and disappears with it.
 */
record ExpectedTable(String name, List<Column> columns, List<String> indexedColumns) {

    record Column(String name, String ddlType, int jdbcType) {
    }

    /** Unbounded, so an overlong value in an event is compared, not refused. */
    static Column text(String name) {
        return new Column(name, "VARCHAR", Types.VARCHAR);
    }

    static Column money(String name) {
        return new Column(name, "NUMERIC(19, 2)", Types.NUMERIC);
    }

    static Column decimal(String name, int precision, int scale) {
        return new Column(name, "NUMERIC(" + precision + ", " + scale + ")", Types.NUMERIC);
    }

    static Column bigint(String name) {
        return new Column(name, "BIGINT", Types.BIGINT);
    }

    static Column integer(String name) {
        return new Column(name, "INTEGER", Types.INTEGER);
    }

    static Column bool(String name) {
        return new Column(name, "BOOLEAN", Types.BOOLEAN);
    }

    static Column instant(String name) {
        return new Column(name, "TIMESTAMP WITH TIME ZONE", Types.TIMESTAMP_WITH_TIMEZONE);
    }

    static Column date(String name) {
        return new Column(name, "DATE", Types.DATE);
    }

    String createSql() {
        return "CREATE LOCAL TEMPORARY TABLE " + name + " (" + columns.stream()
                .map(c -> c.name() + " " + c.ddlType()).collect(Collectors.joining(", ")) + ")";
    }

    String indexSql() {
        return indexedColumns.isEmpty() ? null
                : "CREATE INDEX " + name + "_idx ON " + name + " (" + String.join(", ", indexedColumns) + ")";
    }

    String insertSql(int rows) {
        String one = "(" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(name).append(" (")
                .append(columns.stream().map(Column::name).collect(Collectors.joining(", "))).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(one);
        }
        return sql.toString();
    }
}
