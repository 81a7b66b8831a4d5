package org.juiceledger.command.account;

import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.StsMeterProfile;

/** A meter as the account knows it. */
record Meter(String meterNumber, MeterKind kind, StsMeterProfile sts) {
}
