package org.juiceledger.command.card;

import org.juiceledger.kernel.Metadata;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.kernel.card.ActivateCardBatch;
import org.juiceledger.kernel.card.CardRangeReport;
import org.juiceledger.kernel.card.IssueCardsToCashier;
import org.juiceledger.kernel.card.ReturnCardsToStock;
import org.juiceledger.kernel.card.VerifyCardRange;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.command.account.NumberSequences;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.platform.axon.eventstore.AggregatePrefetch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Card stock and sales over serial ranges: custody, verification and activation. Each command
 * loads every card of the range in one unit of work, so it changes all of them or none.
 */
@Component
class CardCommandHandler {

    private final Repository<Card> cards;
    private final Repository<CardSale> sales;
    private final Repository<CardBatch> batches;
    private final PrintFileStore printFiles;
    private final NumberSequences numbers;
    private final SeparationOfDuties duties;
    private final AggregatePrefetch prefetch;

    CardCommandHandler(Repository<Card> cards, Repository<CardSale> sales, Repository<CardBatch> batches,
                       PrintFileStore printFiles, NumberSequences numbers, SeparationOfDuties duties,
                       ObjectProvider<AggregatePrefetch> prefetch) {
        this.cards = cards;
        this.sales = sales;
        this.batches = batches;
        this.printFiles = printFiles;
        this.numbers = numbers;
        this.duties = duties;
        this.prefetch = prefetch.getIfAvailable(() -> AggregatePrefetch.NONE);
    }

    @CommandHandler
    void handle(IssueCardsToCashier command) {
        load(CardRules.range(command.firstSerial(), command.lastSerial()))
                .forEach(card -> card.execute(c -> c.changeCustody(command.cashier())));
    }

    @CommandHandler
    void handle(ReturnCardsToStock command) {
        load(CardRules.range(command.firstSerial(), command.lastSerial()))
                .forEach(card -> card.execute(c -> c.changeCustody(null)));
    }

    @CommandHandler
    CardRangeReport handle(VerifyCardRange command, @MetaDataValue(Metadata.WHO) String who) {
        return report(load(CardRules.range(command.firstSerial(), command.lastSerial())), who, true);
    }

    /** Returns the sale's transaction number, quantity and total (time limit: juice.time-limits.commands). */
    @CommandHandler
    ActivationResult handle(ActivateCardBatch command, @MetaDataValue(Metadata.WHO) String seller) throws Exception {
        List<String> serials = CardRules.range(command.firstSerial(), command.lastSerial());
        List<Aggregate<Card>> range = load(serials);
        CardRangeReport report = report(range, seller, command.anyCustody());
        if (!report.problems().isEmpty()) {
            throw new DomainException(ErrorCode.CARDS_NOT_AVAILABLE, report.problems().size()
                    + " of the cards cannot be sold; nothing was activated.", Map.of("problems", report.problems()));
        }
        if (report.total().compareTo(command.expectedTotal()) != 0) {
            throw new DomainException(ErrorCode.CARD_TOTAL_MISMATCH, "The cards total " + report.total()
                    + ", not " + command.expectedTotal() + "; nothing was activated.", Map.of("total", report.total()));
        }
        long number = numbers.nextTransactionNumber();
        range.forEach(card -> card.execute(c -> c.activate(number)));
        String customer = command.customer() == null || command.customer().isBlank() ? "cash" : command.customer();
        sales.newInstance(() -> new CardSale(number, serials, report.total(), customer, command.tender()));
        return new ActivationResult(number, serials.size(), report.total());
    }

    @CommandHandler
    PrintFile handle(DownloadPrintFile command) {
        try {
            batches.load(command.batchId()).execute(CardBatch::downloadPrintFile);
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No batch " + command.batchId() + ".");
        }
        return printFiles.take(command.batchId());
    }

    private CardRangeReport report(List<Aggregate<Card>> range, String seller, boolean anyCustody) {
        Money total = Money.ZERO;
        List<CardRangeReport.Problem> problems = new ArrayList<>();
        for (Aggregate<Card> card : range) {
            String serial = card.identifierAsString();
            total = total.plus(card.invoke(Card::denomination));
            card.invoke(c -> c.activationProblem(seller, anyCustody, duties))
                    .ifPresent(problem -> problems.add(new CardRangeReport.Problem(serial, problem)));
        }
        return new CardRangeReport(range.size(), total, problems);
    }

    /** Every card of the range, read in a few queries (not three round trips a card) and locked in serial order. */
    private List<Aggregate<Card>> load(List<String> serials) {
        if (serials.size() > 1) {
            prefetch.prefetch(serials);
        }
        List<Aggregate<Card>> loaded = new ArrayList<>(serials.size());
        for (String serial : serials) {
            try {
                loaded.add(cards.load(serial));
            } catch (AggregateNotFoundException e) {
                throw new DomainException(ErrorCode.CARD_NOT_FOUND, "No card " + serial + ".");
            }
        }
        return loaded;
    }

}
