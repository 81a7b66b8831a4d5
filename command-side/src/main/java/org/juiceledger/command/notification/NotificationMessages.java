package org.juiceledger.command.notification;

import org.juiceledger.platform.receipt.UtilitySettings;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.platform.receipt.Receipt;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/**
 * The words of a receipt sent to a customer: the receipt itself (as the query side prints it, built
 * here from the events) and the SMS text, email subject and email body made from it.
 */
@Component
class NotificationMessages {

    private final String utilityName;
    private final ZoneId zone;

    NotificationMessages(UtilitySettings utility) {
        this.utilityName = utility.name();
        this.zone = utility.timeZone();
    }

    /** The receipt as it reads now: a reversed transaction reads type Credit, status REVERSED and a token of zeros. */
    Receipt receipt(RecordedTransaction recorded) {
        TransactionRecorded t = recorded.transaction();
        boolean reversed = recorded.reversedBy() != null;
        String token = t.token() != null && reversed ? Receipt.ZERO_TOKEN : t.token();
        BigDecimal units = t.units() == null ? null
                : t.units().setScale(t.unitType() == UnitType.KWH ? 1 : 2, RoundingMode.HALF_UP);
        return new Receipt(utilityName, zone, t.transactionNumber(), recorded.recordedAt(),
                t.type().receiptLabel(reversed), reversed ? Receipt.REVERSED : "OK",
                t.accountNumber(), recorded.name(), t.meterNumber(), token, units,
                t.unitType() == null ? null : t.unitType().label(), t.arrearsAmount().amount(), t.total().amount(),
                t.total().minus(t.arrearsAmount()).amount(), t.tender() == null ? null : t.tender().name(),
                t.tendered() == null ? null : t.tendered().amount(),
                t.change() == null || t.change().isZero() ? null : t.change().amount(),
                recorded.cashier(), recorded.reversedBy(), t.reversalOf(), t.note());
    }

    /**
     * One short text: who, which transaction, when, what type, the token in groups of four, the units
     * and the amount (with the arrears part when there is one).
     */
    String smsText(Receipt r) {
        StringBuilder text = new StringBuilder(200);
        text.append(r.utilityName()).append(": transaction ").append(r.transactionNumber()).append(", ")
                .append(r.formattedDate()).append(", ").append(r.type());
        if (r.reversed()) {
            text.append(", REVERSED").append(r.reversedBy() == null ? "" : " by transaction " + r.reversedBy());
        }
        if (r.reversalOf() != null) {
            text.append(", reversal of transaction ").append(r.reversalOf());
        }
        text.append('.');
        if (r.meterNumber() != null) {
            text.append(" Meter ").append(r.meterNumber()).append('.');
        }
        if (r.token() != null) {
            text.append(" Token ").append(r.groupedToken()).append('.');
        }
        if (r.units() != null && r.units().signum() != 0) {
            text.append(' ').append(r.units().toPlainString()).append(' ').append(r.unitType()).append('.');
        }
        text.append(" Amount ").append(money(r.amount()));
        if (r.arrearsAmount() != null && r.arrearsAmount().signum() != 0) {
            text.append(" (arrears ").append(money(r.arrearsAmount())).append(", total ").append(money(r.total())).append(')');
        }
        return text.append('.').toString();
    }

    String emailSubject(Receipt r) {
        return (r.reversed() ? "REVERSED: " : "") + "Receipt for transaction " + r.transactionNumber() + " - " + r.utilityName();
    }

    String emailBody(Receipt r) {
        StringBuilder body = new StringBuilder(600);
        body.append(r.customerName() == null ? "Hello" : "Dear " + r.customerName()).append(",\n\n")
                .append("Your receipt from ").append(r.utilityName()).append(":\n\n");
        if (r.notice() != null) {
            body.append(r.notice()).append("\n\n");
        }
        for (Receipt.Line line : r.lines()) {
            body.append(line.label()).append(": ").append(line.value()).append('\n');
        }
        return body.append("\nThe printable receipt is attached (").append(attachmentName(r)).append(").\n").toString();
    }

    String attachmentName(Receipt r) {
        return "receipt-" + r.transactionNumber() + ".pdf";
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
