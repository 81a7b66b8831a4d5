package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;

/** A meter was registered to an account; {@code sts} is set for STS meters only. */
@Revision("1")
public record MeterRegistered(String accountNumber, String meterNumber, MeterKind kind, StsMeterProfile sts) implements AccountEvent {
}
