package org.juiceledger.standalone.console.card;

import org.juiceledger.kernel.card.ValidCardSerial;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.juiceledger.kernel.account.Tender;

/**
 * The "Activate Juice Cards" form of the seed: a serial, or with "Batch Activation" the first and the
 * last serial of a range; the customer's name or "cash"; the tender. A barcode scanner types the
 * digits and Enter, which sends [Verify] (the form's first button) and changes nothing.
 */
public record ActivationForm(boolean batch,
                             @NotNull @ValidCardSerial String firstSerial,
                             @ValidCardSerial(emptyAllowed = true) String lastSerial,
                             @Size(max = 100) String customer,
                             @NotNull Tender tender) {

    static ActivationForm empty() {
        return new ActivationForm(false, null, null, "cash", Tender.CASH);
    }

    /** The last serial the commands get: none for a single card. */
    String last() {
        return batch && lastSerial != null && !lastSerial.isBlank() ? lastSerial : null;
    }

    /** A batch whose last serial has not been scanned yet: ask for it, do not verify. */
    boolean awaitsLastSerial() {
        return batch && (lastSerial == null || lastSerial.isBlank());
    }

    String customerOrCash() {
        return customer == null || customer.isBlank() ? "cash" : customer.strip();
    }
}
