package org.juiceledger.command.card;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.card.CardBatchGenerated;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.card.PinAlphabet;
import org.juiceledger.kernel.card.PrintFileDownloaded;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.juiceledger.command.testing.Refusals.refusedWith;

/** A batch's print file goes once; a sale is reversed once. */
class CardBatchAndSaleTest {

    private static final CardBatchGenerated GENERATED = new CardBatchGenerated("B-1", "0000000001", "0000000010", 10,
            Money.of("20.00"), 16, PinAlphabet.NUMERIC, false);
    private static final CardsSold SOLD = new CardsSold("SALE-1001", 1001, List.of("0000000001", "0000000002"),
            Money.of("40.00"), "cash", Tender.CASH);

    @Test
    void printFileIsDownloadedOnce() {
        AggregateTestFixture<CardBatch> fixture = new AggregateTestFixture<>(CardBatch.class);
        fixture.given(GENERATED)
                .whenInvoking("B-1", CardBatch::downloadPrintFile)
                .expectEvents(new PrintFileDownloaded("B-1", false));
        fixture.given(GENERATED, new PrintFileDownloaded("B-1", false))
                .whenInvoking("B-1", CardBatch::downloadPrintFile)
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.PRINT_FILE_GONE));
    }

    @Test
    void saleIsReversedOnce() {
        AggregateTestFixture<CardSale> fixture = new AggregateTestFixture<>(CardSale.class);
        CardSaleReversed reversed = new CardSaleReversed("SALE-1001", 1001, 1500, SOLD.serials(), Money.of("40.00"),
                Tender.CASH, "customer changed their mind");
        fixture.given(SOLD)
                .whenInvoking("SALE-1001", sale -> sale.reverse(1500, "customer changed their mind", "lerato", new SeparationOfDuties(true)))
                .expectEvents(reversed);
        fixture.given(SOLD, reversed)
                .whenInvoking("SALE-1001", sale -> sale.reverse(1501, "again", "lerato", new SeparationOfDuties(true)))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.TRANSACTION_ALREADY_REVERSED));
    }
}
