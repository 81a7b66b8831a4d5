package org.juiceledger.command.sts;

import org.juiceledger.kernel.account.ManagementTokenKind;
import org.juiceledger.kernel.account.StsMeterProfile;
import org.juiceledger.kernel.energy.Kwh;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.sts.StsException;
import org.juiceledger.sts.StsMeter;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.TidAllocator;
import org.juiceledger.sts.TokenAmount;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** Token vending on the sts-token engine: engine errors become business refusals with a code. */
public class StsTokenVending implements TokenVending {

    private final StsTokenEngine engine;
    private final TidAllocator tids;
    private final Clock clock;
    private final RandomGenerator random;

    public StsTokenVending(StsTokenEngine engine, TidAllocator tids, Clock clock) {
        this(engine, tids, clock, new SecureRandom());
    }

    StsTokenVending(StsTokenEngine engine, TidAllocator tids, Clock clock, RandomGenerator random) {
        this.engine = engine;
        this.tids = tids;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Kwh deliverable(Kwh units) {
        try {
            return Kwh.ofTenths(TokenAmount.floorToRepresentable(units.tenths()));
        } catch (StsException e) {
            throw refusal(e);
        }
    }

    @Override
    public String creditToken(String meterNumber, StsMeterProfile profile, Kwh units) {
        StsMeter meter = meter(meterNumber, profile);
        return issue(() -> engine.creditToken(meter, units.tenths(), tidFor(meterNumber, meter), random.nextInt(16)));
    }

    @Override
    public String managementToken(String meterNumber, StsMeterProfile profile, ManagementTokenKind kind, int value) {
        StsMeter meter = meter(meterNumber, profile);
        int subclass = switch (kind) {
            case SET_MAX_POWER -> StsTokenEngine.SUBCLASS_SET_MAX_POWER;
            case CLEAR_CREDIT -> StsTokenEngine.SUBCLASS_CLEAR_CREDIT;
            case CLEAR_TAMPER -> StsTokenEngine.SUBCLASS_CLEAR_TAMPER;
        };
        return issue(() -> engine.managementToken(meter, subclass, value, tidFor(meterNumber, meter), random.nextInt(16)));
    }

    @Override
    public void validateMeter(String meterNumber, StsMeterProfile profile) {
        StsMeter meter = meter(meterNumber, profile);
        if (meter.algorithm() != StsMeter.Algorithm.EA11) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "Only EA11 meters can be vended here for now; EA07 needs the licensed STA tables.");
        }
    }

    private int tidFor(String meterNumber, StsMeter meter) {
        return tids.allocate(meterNumber, StsTokenEngine.minuteOf(meter, clock.instant()));
    }

    private static StsMeter meter(String meterNumber, StsMeterProfile profile) {
        try {
            return new StsMeter(meterNumber, profile.supplyGroupCode(), profile.tariffIndex(), profile.keyRevision(),
                    profile.keyType(), profile.baseDate(), StsMeter.Algorithm.valueOf(profile.algorithm()));
        } catch (StsException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, e.getMessage() + ".");
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The algorithm is EA07 or EA11.");
        }
    }

    private static String issue(Supplier<String> token) {
        try {
            return token.get();
        } catch (StsException e) {
            throw refusal(e);
        }
    }

    private static DomainException refusal(StsException e) {
        ErrorCode code = switch (e.reason()) {
            case AMOUNT_TOO_LARGE -> ErrorCode.TOKEN_AMOUNT_TOO_LARGE;
            case TID_OUT_OF_RANGE -> ErrorCode.METER_NEEDS_KEY_CHANGE;
            default -> ErrorCode.VALIDATION_FAILED;
        };
        return new DomainException(code, e.getMessage() + ".");
    }
}
