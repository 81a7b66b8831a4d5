package org.juiceledger.query.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one {@link ProjectionComparison} and reports each missing, extra or different value. */
final class ComparisonRunner {

    private static final int FETCH = 1000;
    private final Connection connection;

    ComparisonRunner(Connection connection) {
        this.connection = connection;
    }

    /** Returns the number of rows the projection table holds. */
    long compare(ProjectionComparison comparison, Mismatches mismatches) {
        try {
            missingOrDifferent(comparison, mismatches);
            extra(comparison, mismatches);
            try (PreparedStatement count = connection.prepareStatement(comparison.countSql());
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new VerificationFailedException("Could not compare " + comparison.projection(), e);
        }
    }

    private void missingOrDifferent(ProjectionComparison comparison, Mismatches mismatches) throws SQLException {
        int keys = comparison.keys().size();
        try (PreparedStatement query = connection.prepareStatement(comparison.missingOrDifferentSql())) {
            query.setFetchSize(FETCH);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String key = key(rs, keys);
                    if (rs.getInt(keys + 1) == 1) {
                        mismatches.add(Mismatch.missingRow(comparison.projection(), key));
                        continue;
                    }
                    int column = keys + 2;
                    for (String value : comparison.values()) {
                        if (rs.getInt(column) == 1) {
                            mismatches.add(new Mismatch(comparison.projection(), key, value, rs.getString(column + 1),
                                    rs.getString(column + 2)));
                        }
                        column += 3;
                    }
                }
            }
        }
    }

    private void extra(ProjectionComparison comparison, Mismatches mismatches) throws SQLException {
        int keys = comparison.keys().size();
        try (PreparedStatement query = connection.prepareStatement(comparison.extraSql())) {
            query.setFetchSize(FETCH);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    mismatches.add(Mismatch.extraRow(comparison.projection(), key(rs, keys)));
                }
            }
        }
    }

    private static String key(ResultSet rs, int keys) throws SQLException {
        List<String> parts = new ArrayList<>(keys);
        for (int i = 1; i <= keys; i++) {
            parts.add(rs.getString(i));
        }
        return String.join("/", parts);
    }
}
