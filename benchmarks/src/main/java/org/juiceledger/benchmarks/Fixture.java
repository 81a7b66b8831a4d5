package org.juiceledger.benchmarks;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The users, tariff and STS meters a run sells to, made through the REST API. */
final class Fixture {

    static final String PASSWORD = "Bench-user-pass-2026";
    private static final SecureRandom RANDOM = new SecureRandom();
    final String cashier;
    final String supervisor;
    final String cardAdmin;
    final String gateway;
    final String auditor;
    final List<String[]> accounts = new ArrayList<>();

    private Fixture(Http http) {
        cashier = user(http, "CASHIER");
        supervisor = user(http, "SUPERVISOR");
        cardAdmin = user(http, "CARD_ADMIN");
        gateway = user(http, "GATEWAY");
        auditor = user(http, "AUDITOR");
    }

    static Fixture make(Http http, int accounts) {
        Fixture f = new Fixture(http);
        http.post("admin", BenchmarkMain.ADMIN_PASSWORD, "/api/tariffs", "tariffId", "bench", "name", "Bench",
                "pricePerKwh", "0.5", "taxPercent", "15");
        for (int i = 0; i < accounts; i++) {
            String account = http.post(f.cashier, PASSWORD, "/api/accounts", "name", "Bench " + i, "tariffId", "bench")
                    .get("accountNumber").asText();
            String meter = drn();
            http.post(f.cashier, PASSWORD, "/api/accounts/" + account + "/meters", "meterNumber", meter, "kind", "STS",
                    "sts", Map.of("supplyGroupCode", "123457", "tariffIndex", "01", "keyRevision", 1,
                            "keyType", 2, "baseDate", 2014, "algorithm", "EA11"));
            f.accounts.add(new String[]{account, meter});
        }
        return f;
    }

    String[] account(int i) {
        return accounts.get(i % accounts.size());
    }

    private static String user(Http http, String role) {
        String login = role.toLowerCase().replace('_', '-') + "-bench";
        http.post("admin", BenchmarkMain.ADMIN_PASSWORD, "/api/users", "login", login, "name", role, "password", PASSWORD,
                "roles", List.of(role), "vendorLimit", "100000000.00", "specialLimit", "100000000.00");
        return login;
    }

    /** A random meter number with its Luhn check digit (as sts-token's MeterNumbers computes it). */
    private static String drn() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.append(luhnDigit(digits.toString())).toString();
    }

    static int luhnDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
