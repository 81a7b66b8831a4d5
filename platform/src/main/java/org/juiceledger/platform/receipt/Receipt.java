package org.juiceledger.platform.receipt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt shows of one transaction, as one account sees it. A reversed transaction reads
 * status REVERSED, type Credit and a token of zeros (the seed text's rule), and names the Reversal
 * that undid it; a Reversal names its original. Values are plain text: each renderer escapes them
 * for its format.
 *
 * @param utilityName   the utility the receipt is issued by ({@code juice.utility.name})
 * @param zone          the time zone the date is shown in
 * @param type          the Juice label as the transaction reads now (Credit once reversed)
 * @param status        OK or REVERSED
 * @param customerName  the account holder, when known
 * @param units         kWh on the token, or currency put in the wallet
 * @param unitType      kWh or currency
 * @param amount        total − arrearsAmount
 * @param tendered      what the customer handed over, when recorded
 * @param change        what the cashier gave back, when any
 * @param reversedBy    the Reversal that undid this transaction
 * @param reversalOf    on a Reversal: the transaction it undid
 */
public record Receipt(String utilityName, ZoneId zone, long transactionNumber, Instant date, String type,
                      String status, String accountNumber, String customerName, String meterNumber, String token,
                      BigDecimal units, String unitType, BigDecimal arrearsAmount, BigDecimal total,
                      BigDecimal amount, String tender, BigDecimal tendered, BigDecimal change, String cashier,
                      Long reversedBy, Long reversalOf, String note) {

    public static final String REVERSED = "REVERSED";
    public static final String ZERO_TOKEN = "00000000000000000000";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    public Receipt {
        Objects.requireNonNull(utilityName, "utilityName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    public boolean reversed() {
        return REVERSED.equals(status);
    }

    /** The token in groups of four digits, as a customer types it on the meter's keypad. */
    public String groupedToken() {
        return group(token);
    }

    public String formattedDate() {
        return DATE.format(date.atZone(zone));
    }

    /** The headline under the utility's name: what this receipt is. */
    public String title() {
        return "Receipt for transaction " + transactionNumber;
    }

    /** A one-line warning for reversed transactions and Reversals, or null. */
    public String notice() {
        if (reversed()) {
            return REVERSED + (reversedBy == null ? "" : ": reversed by transaction " + reversedBy)
                    + ". This transaction no longer counts.";
        }
        if (reversalOf != null) {
            return "Reversal of transaction " + reversalOf + ".";
        }
        return null;
    }

    /** Every labelled line of the receipt, in print order; lines without a value are left out. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        add(lines, "Transaction", Long.toString(transactionNumber));
        add(lines, "Date", formattedDate());
        add(lines, "Type", type);
        add(lines, "Status", reversed() && reversedBy != null ? REVERSED + " (reversed by transaction " + reversedBy + ")" : status);
        if (reversalOf != null) {
            add(lines, "Reversal of", "transaction " + reversalOf);
        }
        add(lines, "Account", accountNumber);
        add(lines, "Customer", customerName);
        add(lines, "Meter", meterNumber);
        add(lines, "Token", groupedToken());
        add(lines, "Units", units == null ? null : units(units, unitType) + " " + (unitType == null ? "" : unitType));
        add(lines, "Arrears", money(arrearsAmount));
        add(lines, "Amount", money(amount));
        add(lines, "Total", money(total));
        add(lines, "Tender", tender);
        add(lines, "Tendered", money(tendered));
        if (change != null && change.signum() != 0) {
            add(lines, "Change", money(change));
        }
        add(lines, "Cashier", cashier);
        add(lines, "Note", note);
        return lines;
    }

    /** Groups of four digits separated by spaces; null stays null. */
    public static String group(String token) {
        if (token == null) {
            return null;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < token.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(token, i, Math.min(token.length(), i + 4));
        }
        return grouped.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** kWh with one decimal, currency with two, as the API shows them. */
    private static String units(BigDecimal value, String unitType) {
        return value.setScale("kWh".equals(unitType) ? 1 : 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void add(List<Line> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(label, value.strip()));
        }
    }

    /** One labelled value. */
    public record Line(String label, String value) {
    }
}
