package org.juiceledger.query.verification;

/** Verification could not finish (the database failed it); the run reports it as failed. */
class VerificationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    VerificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
