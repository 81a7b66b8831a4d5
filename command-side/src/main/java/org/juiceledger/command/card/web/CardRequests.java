package org.juiceledger.command.card.web;

import org.juiceledger.kernel.validation.ReasonGiven;
import org.juiceledger.kernel.card.ValidPin;
import org.juiceledger.kernel.card.ValidCardSerial;
import org.juiceledger.kernel.account.ValidMeterNumber;
import org.juiceledger.kernel.account.ValidAccountNumber;
import org.juiceledger.platform.web.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.money.PositiveAmount;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.card.PinAlphabet;

import org.juiceledger.kernel.card.GenerateCardBatch;
import org.juiceledger.kernel.card.IssueCardsToCashier;
import org.juiceledger.kernel.card.ReturnCardsToStock;
import org.juiceledger.kernel.card.VoidCard;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.time.IdSource;

import java.math.BigDecimal;

/**
 * Request bodies of the card endpoints (docs/api.md), each with the command it asks for: the staff
 * console binds its forms to the same records.
 */
public final class CardRequests {

    private CardRequests() {
    }

    public record GenerateBatchRequest(@Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String batchId,
                                       @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                                       @PositiveAmount BigDecimal denomination,
                                       @NotNull Integer pinLength,
                                       @NotNull PinAlphabet pinAlphabet,
                                       @Size(max = 20_000) String printerPublicKey) {

        /** Without a batch id one is made up ({@code B-} and the first 8 characters of a new id). */
        public GenerateCardBatch toCommand(IdSource ids) {
            String id = batchId == null ? "B-" + ids.newId().substring(0, 8) : batchId;
            return new GenerateCardBatch(id, quantity, Money.of(denomination), pinLength, pinAlphabet, printerPublicKey);
        }
    }

    public record RangeRequest(@NotNull @ValidCardSerial String firstSerial,
                               @ValidCardSerial String lastSerial) {

        public ReturnCardsToStock toReturn() {
            return new ReturnCardsToStock(firstSerial, lastSerial);
        }
    }

    public record CustodyRequest(@NotNull @ValidCardSerial String firstSerial,
                                 @ValidCardSerial String lastSerial,
                                 @NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}") String cashier) {

        public IssueCardsToCashier toCommand() {
            return new IssueCardsToCashier(firstSerial, lastSerial, cashier);
        }
    }

    record ActivateRequest(@NotNull @ValidCardSerial String firstSerial,
                           @ValidCardSerial String lastSerial,
                           @Size(min = 1, max = 100) @PlainText String customer,
                           @NotNull Tender tender,
                           @PositiveAmount BigDecimal expectedTotal) {
    }

    /** A PIN by {@link org.juiceledger.kernel.card.Pin}'s rule; spaces and dashes a customer types are ignored. */
    record RedeemRequest(@NotNull @ValidPin String pin,
                         @ValidMeterNumber String meterNumber,
                         @ValidAccountNumber String accountNumber) {

        @Override
        public String toString() {
            return "RedeemRequest[pin=***]";
        }
    }

    public record VoidRequest(@ReasonGiven @Size(max = 200) @PlainText String reason) {

        public VoidCard toCommand(String serial) {
            return new VoidCard(serial, reason);
        }
    }
}
