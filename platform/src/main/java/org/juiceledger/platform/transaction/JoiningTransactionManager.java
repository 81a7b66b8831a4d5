package org.juiceledger.platform.transaction;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Axon's units of work on Spring transactions. On its own a unit of work gets a transaction of its
 * own. Inside a transaction already running (a request with an {@code Idempotency-Key}, whose
 * record must commit with the events) it joins it behind a JDBC savepoint: a refused command
 * rolls back to the savepoint and leaves the request's transaction usable for its refusal and its
 * records. (Spring's JPA transaction manager offers no savepoints with Hibernate, so they are
 * taken on the transaction's connection; the command side writes through JDBC.) A commit the
 * database did not confirm because the connection broke becomes a {@link CommitOutcomeUnknownException}.
 */
public class JoiningTransactionManager implements TransactionManager {

    private static final TransactionDefinition OWN = new DefaultTransactionDefinition();

    private final PlatformTransactionManager transactions;
    private final DataSource dataSource;

    public JoiningTransactionManager(PlatformTransactionManager transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return new SavepointTransaction(DataSourceUtils.getConnection(dataSource));
        }
        return new OwnTransaction(transactions.getTransaction(OWN));
    }

    private final class OwnTransaction implements Transaction {

        private final TransactionStatus status;

        private OwnTransaction(TransactionStatus status) {
            this.status = status;
        }

        @Override
        public void commit() {
            if (status.isCompleted()) {
                return;
            }
            try {
                transactions.commit(status);
            } catch (RuntimeException failure) {
                if (DatabaseFailures.isUnavailable(failure)) {
                    throw new CommitOutcomeUnknownException(failure);
                }
                throw failure;
            }
        }

        @Override
        public void rollback() {
            if (!status.isCompleted()) {
                transactions.rollback(status);
            }
        }
    }

    private final class SavepointTransaction implements Transaction {

        private final Connection connection;
        private final Savepoint savepoint;

        private SavepointTransaction(Connection connection) {
            this.connection = connection;
            try {
                this.savepoint = connection.setSavepoint();
            } catch (SQLException e) {
                DataSourceUtils.releaseConnection(connection, dataSource);
                throw new DataAccessResourceFailureException("Could not set a savepoint", e);
            }
        }

        @Override
        public void commit() {
            try {
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Could not release a savepoint", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        @Override
        public void rollback() {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Could not roll back to a savepoint", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
