package org.juiceledger.command.sts;

import org.juiceledger.kernel.account.ManagementTokenKind;
import org.juiceledger.kernel.account.StsMeterProfile;
import org.juiceledger.kernel.energy.Kwh;

/** Issues STS tokens for registered meters; the vending key stays inside. */
public interface TokenVending {

    /** The most energy, not above {@code units}, that one credit token carries exactly. */
    Kwh deliverable(Kwh units);

    /** A class 0 electricity credit token for exactly {@code units}, which must be deliverable. */
    String creditToken(String meterNumber, StsMeterProfile meter, Kwh units);

    /** A class 2 management token; {@code value} is the power limit in watts for SET_MAX_POWER. */
    String managementToken(String meterNumber, StsMeterProfile meter, ManagementTokenKind kind, int value);

    /** Checks a meter's STS inputs when it is registered; refuses a bad DRN or profile. */
    void validateMeter(String meterNumber, StsMeterProfile meter);
}
