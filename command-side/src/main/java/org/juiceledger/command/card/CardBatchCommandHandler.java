package org.juiceledger.command.card;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.juiceledger.command.card.pin.PinGenerator;
import org.juiceledger.command.card.pin.PinHasher;
import org.juiceledger.command.card.pin.PinSpace;
import org.juiceledger.kernel.card.CardBatchGenerated;
import org.juiceledger.kernel.card.GenerateCardBatch;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * Generates card batches: serials from the shared counter, PINs from a secure generator, only
 * their keyed hashes into events, and the plaintext once into the encrypted print file.
 */
@Component
class CardBatchCommandHandler {

    static final int QUANTITY_MAX = 100_000;
    private final Repository<CardBatch> batches;
    private final Repository<Card> cards;
    private final CardLookups lookups;
    private final PrintFileStore printFiles;
    private final PinHasher hasher;
    private final PinGenerator generator = new PinGenerator(new SecureRandom());
    private final BigDecimal guessChanceMax;

    CardBatchCommandHandler(Repository<CardBatch> batches, Repository<Card> cards, CardLookups lookups,
                            PrintFileStore printFiles, PinHasher hasher,
                            @Value("${juice.cards.guess-chance-max:0.000000001}") BigDecimal guessChanceMax) {
        this.batches = batches;
        this.cards = cards;
        this.lookups = lookups;
        this.printFiles = printFiles;
        this.hasher = hasher;
        this.guessChanceMax = guessChanceMax;
    }

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
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("serial,pin,denomination\n".getBytes(StandardCharsets.US_ASCII));
        Set<String> hashes = new HashSet<>();
        for (long n = first; n < first + command.quantity(); n++) {
            String serial = CardRules.serial(n);
            String pin = freshPin(command, hashes);
            String pinHash = hasher.hash(pin);
            cards.newInstance(() -> new Card(serial, command.batchId(), command.denomination(), pinHash));
            csv.writeBytes((serial + "," + pin + "," + command.denomination() + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        printFiles.store(command.batchId(), csv.toByteArray(), command.printerPublicKey());
        return new GenerationResult(command.batchId(), firstSerial, lastSerial, command.quantity(), command.denomination());
    }

    /** A PIN whose hash no other card of this batch has; the unique key on card_pin guards all earlier batches. */
    private String freshPin(GenerateCardBatch command, Set<String> hashes) {
        while (true) {
            String pin = generator.next(command.pinLength(), command.pinAlphabet());
            if (hashes.add(hasher.hash(pin))) {
                return pin;
            }
        }
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
        try {
            batches.load(command.batchId());
            throw new DomainException(ErrorCode.ALREADY_EXISTS, "Batch " + command.batchId() + " already exists.");
        } catch (AggregateNotFoundException expected) {
            // a new batch id
        }
    }
}
