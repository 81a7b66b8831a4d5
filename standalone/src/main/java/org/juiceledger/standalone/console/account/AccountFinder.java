package org.juiceledger.standalone.console.account;

import jakarta.persistence.EntityManager;
import org.juiceledger.query.account.AccountView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** Finds accounts in the account projection by account number, meter number, part of the name or phone. */
@Component
class AccountFinder {

    static final int FOUND_MAX = 50;
    static final int QUERY_LENGTH_MAX = 100;
    private final EntityManager entities;

    AccountFinder(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    List<AccountView> find(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > QUERY_LENGTH_MAX) {
            return List.of();
        }
        String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String digits = q.replaceAll("[\\s-]", "");
        return entities.createQuery("""
                        select a from AccountView a
                        where a.accountNumber = :q
                           or a.accountNumber in (select m.accountNumber from MeterView m where m.meterNumber = :q or m.meterNumber = :digits)
                           or lower(a.name) like :like escape '\\'
                           or (length(:digits) >= 4 and replace(replace(a.phone, ' ', ''), '-', '') like concat('%', :digits, '%'))
                        order by a.name, a.accountNumber""", AccountView.class)
                .setParameter("q", q).setParameter("digits", digits).setParameter("like", like)
                .setMaxResults(FOUND_MAX).getResultList();
    }
}
