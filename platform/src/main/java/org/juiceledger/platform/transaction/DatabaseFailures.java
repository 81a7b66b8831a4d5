package org.juiceledger.platform.transaction;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells a database outage (no connection, the server shutting down, a broken socket) from a
 * defect, wherever the failure was wrapped (Spring, Hibernate, Axon's event store, Spring
 * Security's user lookup): an outage is answered 503 and retried, never 500 or 401.
 */
public final class DatabaseFailures {

    /** SQLState classes of a lost or refused connection: 08 (connection), 57P0x (server shutting down, cannot connect now). */
    private static final String CONNECTION_CLASS = "08";
    private static final String SHUTDOWN_CLASS = "57P";

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return Causes.any(failure, DatabaseFailures::isOutage);
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                || cause instanceof QueryTimeoutException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof java.net.ConnectException || cause instanceof java.net.SocketException
                || cause instanceof java.io.EOFException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith(CONNECTION_CLASS) || state.startsWith(SHUTDOWN_CLASS);
        }
        return false;
    }
}
