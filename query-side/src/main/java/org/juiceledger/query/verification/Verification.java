package org.juiceledger.query.verification;

/** One verification of every projection against the events, reporting its progress as it goes. */
interface Verification {

    VerificationReport verify(VerificationProgress progress) throws InterruptedException;
}
