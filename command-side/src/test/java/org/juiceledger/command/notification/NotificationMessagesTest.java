package org.juiceledger.command.notification;

import org.juiceledger.platform.receipt.UtilitySettings;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.receipt.Receipt;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt as the events tell it, and the SMS and email words made from it. */
class NotificationMessagesTest {

    private static final Instant AT = Instant.parse("2026-03-04T05:06:07Z");
    private final NotificationMessages messages = new NotificationMessages(
            new UtilitySettings("Juice Ledger Utility", ZoneId.of("UTC")));

    static RecordedTransaction cashPurchase(Long reversedBy) {
        TransactionRecorded t = new TransactionRecorded("10000001", 4711, TransactionType.CASH, Tender.CASH, "01234567897",
                Money.of("50.00"), Money.of("60.00"), Money.of("10.00"), List.of(), Money.of("25.00"), Money.of("25.00"),
                Money.ZERO, Money.ZERO, new BigDecimal("50.0"), UnitType.KWH, "12345678901234567890", null, null, null, null);
        return new RecordedTransaction("10000001", "Thandi Nkosi", "+27821234567", null, t, AT, "cashier1", reversedBy);
    }

    @Test
    void theSmsHasNumberDateTypeGroupedTokenUnitsAndAmount() {
        String text = messages.smsText(messages.receipt(cashPurchase(null)));
        assertThat(text).isEqualTo("Juice Ledger Utility: transaction 4711, 2026-03-04 05:06:07 UTC, Cash. Meter 01234567897."
                + " Token 1234 5678 9012 3456 7890. 50.0 kWh. Amount 25.00 (arrears 25.00, total 50.00).");
    }

    @Test
    void aReversedTransactionReadsCreditReversedWithZeroToken() {
        Receipt receipt = messages.receipt(cashPurchase(4712L));
        assertThat(receipt.type()).isEqualTo("Credit");
        assertThat(receipt.status()).isEqualTo("REVERSED");
        assertThat(receipt.groupedToken()).isEqualTo("0000 0000 0000 0000 0000");
        assertThat(messages.smsText(receipt)).contains("Credit, REVERSED by transaction 4712", "0000 0000 0000 0000 0000");
        assertThat(messages.emailSubject(receipt)).startsWith("REVERSED: Receipt for transaction 4711");
    }

    @Test
    void theEmailGreetsTheCustomerAndListsTheReceipt() {
        Receipt receipt = messages.receipt(cashPurchase(null));
        assertThat(messages.emailSubject(receipt)).isEqualTo("Receipt for transaction 4711 - Juice Ledger Utility");
        assertThat(messages.emailBody(receipt)).startsWith("Dear Thandi Nkosi,")
                .contains("Token: 1234 5678 9012 3456 7890", "Tendered: 60.00", "Change: 10.00", "Cashier: cashier1",
                        "receipt-4711.pdf");
    }
}
