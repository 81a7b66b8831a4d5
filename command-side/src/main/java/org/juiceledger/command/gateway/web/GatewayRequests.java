package org.juiceledger.command.gateway.web;

import org.juiceledger.kernel.card.Pin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the gateways. What the gateway itself sends (phone numbers, message ids) is
 * checked strictly (400); what the customer typed is read leniently and answered with a reply.
 */
final class GatewayRequests {

    /** A phone number, short code or sender name; "anonymous" when the caller's number is withheld. */
    static final String CALLER = "[A-Za-z0-9+() .-]{1,40}";

    private GatewayRequests() {
    }

    record SmsRequest(@NotBlank @Pattern(regexp = CALLER, message = "1-40 letters, digits, spaces or + ( ) . -") String from,
                      @NotNull @Size(max = 1600) String text,
                      @NotBlank @Pattern(regexp = "[A-Za-z0-9._:@/+=-]{1,100}",
                              message = "1-100 letters, digits or . _ : @ / + = -") String messageId) {

        @Override
        public String toString() {
            return "SmsRequest[from=" + from + ", text=***, messageId=" + messageId + "]";
        }
    }

    /** Exactly one of {@code accountNumber} and {@code meterNumber}. */
    record IvrRequest(@NotBlank @Pattern(regexp = CALLER, message = "1-40 letters, digits, spaces or + ( ) . -") String callerId,
                      @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9 *#-]*") String accountNumber,
                      @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9 *#-]*") String meterNumber,
                      @NotBlank @Size(max = Pin.TYPED_MAX) @Pattern(regexp = "[0-9 *#-]*", message = "digits as keyed") String pin) {

        @Override
        public String toString() {
            return "IvrRequest[callerId=" + callerId + ", accountNumber=" + accountNumber + ", meterNumber="
                    + meterNumber + ", pin=***]";
        }
    }
}
