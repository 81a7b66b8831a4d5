package org.juiceledger.command.card;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.kernel.card.CardBatchGenerated;
import org.juiceledger.kernel.card.PrintFileDownloaded;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A generated batch of cards and the one-time download of its print file. */
@Aggregate
public class CardBatch {

    @AggregateIdentifier
    private String batchId;
    private boolean encryptedToPrinter;
    private boolean printFileDownloaded;

    protected CardBatch() {
    }

    CardBatch(CardBatchGenerated generated) {
        apply(generated);
    }

    /** Records the download; a second one finds the file gone. */
    void downloadPrintFile() {
        if (printFileDownloaded) {
            throw new DomainException(ErrorCode.PRINT_FILE_GONE,
                    "The print file of batch " + batchId + " was downloaded once and destroyed.");
        }
        apply(new PrintFileDownloaded(batchId, encryptedToPrinter));
    }

    @EventSourcingHandler
    void on(CardBatchGenerated event) {
        batchId = event.batchId();
        encryptedToPrinter = event.printFileEncryptedToPrinter();
    }

    @EventSourcingHandler
    void on(PrintFileDownloaded event) {
        printFileDownloaded = true;
    }
}
