package org.juiceledger.platform.transaction;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon's event store when an append lost to a concurrent writer (the unique key on aggregate
 * and sequence number), so it raises a {@code ConcurrencyException} that is retried or answered
 * 409. Axon's default looks at vendor error codes, which PostgreSQL leaves at 0, so it reads the
 * SQLState, also inside a batch's chained exceptions.
 */
public class UniqueKeyViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CAUSES_MAX = 20;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return Causes.any(exception, cause -> cause instanceof SQLException sql && isUniqueViolation(sql));
    }

    private static boolean isUniqueViolation(SQLException sql) {
        SQLException next = sql;
        for (int depth = 0; next != null && depth < CAUSES_MAX; depth++, next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
