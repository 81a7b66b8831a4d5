package org.juiceledger.query.account;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountViewRepository extends JpaRepository<AccountView, String> {
}
