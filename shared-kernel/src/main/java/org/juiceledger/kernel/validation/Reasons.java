package org.juiceledger.kernel.validation;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

/** The rule of a reason (a void, a reversal, an adjustment): given, and not blank. */
public final class Reasons {

    private Reasons() {
    }

    /** Whether a reason was given. */
    public static boolean given(String reason) {
        return reason != null && !reason.isBlank();
    }

    /** Refuses a missing or blank reason ({@link ErrorCode#REASON_REQUIRED}), saying what it is for. */
    public static void require(String reason, String forWhat) {
        if (!given(reason)) {
            throw new DomainException(ErrorCode.REASON_REQUIRED, forWhat + " needs a reason.");
        }
    }
}
