package org.juiceledger.query.account;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

public interface TransactionViewRepository extends JpaRepository<TransactionView, TransactionView.Key>,
        JpaSpecificationExecutor<TransactionView> {

    List<TransactionView> findByAccountNumberOrderByTransactionNumberDesc(String accountNumber, Pageable page);

    List<TransactionView> findByTransactionNumberOrderByAccountNumber(long transactionNumber);
}
