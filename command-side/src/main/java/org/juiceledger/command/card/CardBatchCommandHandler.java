package org.juiceledger.command.card;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.command.card.pin.PinGenerator;
import org.juiceledger.command.card.pin.PinHasher;
import org.juiceledger.command.card.pin.PinSpace;
import org.juiceledger.command.card.pin.SeenPinHashes;
import org.juiceledger.kernel.card.CardBatchGenerated;
import org.juiceledger.kernel.card.GenerateCardBatch;
import org.juiceledger.command.account.ExistingAggregates;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.security.CardsProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.security.SecureRandom;

/**
 * Generates card batches: serials from the shared counter, PINs from a secure generator, only
 * their keyed hashes into events, and the plaintext once into the encrypted print file. Memory stays
 * bounded whatever the quantity: events, PIN rows and print-file parts are written in chunks, all
 * in the command's one transaction (a failure leaves no card and no file).
 */
@Component
class CardBatchCommandHandler {

    static final int QUANTITY_MAX = 1_000_000;
    private final Repository<CardBatch> batches;
    private final Repository<Card> cards;
    private final CardLookups lookups;
    private final PrintFileStore printFiles;
    private final PinHasher hasher;
    private final PinGenerator generator = new PinGenerator(new SecureRandom());
    private final BigDecimal guessChanceMax;
    private final CardIssuer issuer;
    private final ExistingAggregates existing;

    CardBatchCommandHandler(Repository<CardBatch> batches, Repository<Card> cards, CardLookups lookups,
                            PrintFileStore printFiles, PinHasher hasher,
                            CardsProperties settings,
                            CardIssuer issuer, ExistingAggregates existing) {
        this.existing = existing;
        this.batches = batches;
        this.cards = cards;
        this.lookups = lookups;
        this.printFiles = printFiles;
        this.hasher = hasher;
        this.guessChanceMax = settings.guessChanceMax();
        this.issuer = issuer;
    }

    /** A million cards take a minute or two: its time limit is its own (juice.time-limits.commands). */
    @CommandHandler
    GenerationResult handle(GenerateCardBatch command) throws Exception {
        check(command);
        PinSpace.checkGuessChance(lookups.liveCards() + command.quantity(), command.pinLength(),
                command.pinAlphabet(), guessChanceMax);
        long first = lookups.allocateSerials(command.quantity());
        String firstSerial = CardRules.serial(first);
        String lastSerial = CardRules.serial(first + command.quantity() - 1);
        batches.newInstance(() -> new CardBatch(new CardBatchGenerated(command.batchId(), firstSerial, lastSerial,
                command.quantity(), command.denomination(), command.pinLength(), command.pinAlphabet(),
                command.printerPublicKey() != null)));
        PrintFileWriter file = printFiles.create(command.batchId(), command.printerPublicKey());
        file.line("serial,pin,denomination");
        SeenPinHashes hashes = new SeenPinHashes(command.quantity());
        CardIssuance issuance = issuer.start(command.batchId(), command.denomination()).orElse(null);
        for (long n = first; n < first + command.quantity(); n++) {
            String serial = CardRules.serial(n);
            String pin;
            String pinHash;
            do {
                pin = generator.next(command.pinLength(), command.pinAlphabet());
                pinHash = hasher.hash(pin);
            } while (!hashes.add(pinHash));
            if (issuance != null) {
                issuance.issue(serial, pinHash);
            } else {
                // H2 or Axon Server: the unit of work appends them (fine for the small batches made there)
                String hash = pinHash;
                cards.newInstance(() -> new Card(serial, command.batchId(), command.denomination(), hash));
            }
            file.line(serial + "," + pin + "," + command.denomination());
        }
        if (issuance != null) {
            issuance.finish();
        }
        file.finish();
        return new GenerationResult(command.batchId(), firstSerial, lastSerial, command.quantity(), command.denomination());
    }

    private void check(GenerateCardBatch command) {
        if (command.quantity() < 1 || command.quantity() > QUANTITY_MAX) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "quantity must be 1 to " + QUANTITY_MAX + ".");
        }
        if (!command.denomination().isPositive()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "denomination must be above zero.");
        }
        if (command.printerPublicKey() != null) {
            PrinterEncryption.check(command.printerPublicKey());
        }
        PinSpace.checkLength(command.pinLength(), command.pinAlphabet());
        // asked of the event store: loading a batch that does not exist logs a stack trace at WARN
        if (existing.exists(command.batchId())) {
            throw new DomainException(ErrorCode.ALREADY_EXISTS, "Batch " + command.batchId() + " already exists.");
        }
    }
}
