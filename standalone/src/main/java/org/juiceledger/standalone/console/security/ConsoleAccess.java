package org.juiceledger.standalone.console.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which role may open which console page or send which console form: the same roles the REST
 * endpoint behind it requires (docs/api.md). Checked on every request, so a page a role does not
 * see cannot be opened by typing its URL either.
 */
final class ConsoleAccess {

    private static final String[] READS_ACCOUNTS = {"CASHIER", "FINANCE", "AUDITOR", "ADMIN"};

    private ConsoleAccess() {
    }

    static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers("/console/login", "/console/console.css", "/console/forbidden").permitAll()
                .requestMatchers(HttpMethod.POST, "/console/transactions/*/reversal").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/console/transactions/*/notifications").hasAnyRole("CASHIER", "ADMIN")
                .requestMatchers("/console/transactions/*/receipt", "/console/transactions/*/receipt.pdf")
                .hasAnyRole(READS_ACCOUNTS)
                .requestMatchers(HttpMethod.POST, "/console/accounts/*/arrears", "/console/accounts/*/arrears/write-offs",
                        "/console/accounts/*/wallet/credit-notes", "/console/accounts/*/free-tokens",
                        "/console/accounts/*/management-tokens").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/console/accounts/**").hasRole("CASHIER")
                .requestMatchers("/console/accounts", "/console/accounts/**").hasAnyRole(READS_ACCOUNTS)
                .requestMatchers(HttpMethod.POST, "/console/cards/custody", "/console/cards/custody/returns").hasRole("SUPERVISOR")
                .requestMatchers("/console/cards/stock", "/console/cards/void").hasAnyRole("SUPERVISOR", "CARD_ADMIN")
                .requestMatchers("/console/card-batches", "/console/card-batches/**").hasRole("CARD_ADMIN")
                .requestMatchers("/console/cards/**", "/console/batch", "/console/batch/**").hasRole("CASHIER")
                .requestMatchers("/console/finance/cashier-totals", "/console/finance/cashier-totals.csv",
                        "/console/finance/settlements.csv")
                .hasAnyRole("FINANCE", "SUPERVISOR", "AUDITOR")
                .requestMatchers("/console/finance/card-inventory", "/console/finance/card-inventory.csv")
                .hasAnyRole("FINANCE", "CARD_ADMIN", "AUDITOR", "SUPERVISOR")
                .requestMatchers("/console/finance/account-balances", "/console/finance/account-balances.csv")
                .hasAnyRole("FINANCE", "AUDITOR")
                .requestMatchers("/console/finance/trial-balance", "/console/finance/trial-balance.csv",
                        "/console/finance/ledger", "/console/finance/ledger.csv")
                .hasAnyRole("FINANCE", "AUDITOR")
                .requestMatchers("/console/audit/projections").hasAnyRole("AUDITOR", "FINANCE", "ADMIN")
                .requestMatchers("/console/audit/user-changes").hasAnyRole("AUDITOR", "ADMIN")
                .requestMatchers("/console/audit/**").hasRole("AUDITOR")
                .requestMatchers("/console/admin/users", "/console/admin/users/**").hasRole("ADMIN")
                .requestMatchers("/console", "/console/").authenticated()
                // anything not named above is closed: a new page must be given its roles here
                .anyRequest().denyAll();
    }
}
