package org.juiceledger.sts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Builds and reads STS tokens for a meter under the utility's vending key: class 0 electricity
 * credit and class 2 management tokens. The decoder key comes from DKGA04 for a 160-bit vending
 * key and from DKGA02 for a 64-bit one; the token is encrypted with EA11 (MISTY1, needs DKGA04) or
 * EA07 (STA, needs the licensed tables, given as {@link Ea07Tables}).
 *
 * <p>Built with a {@link TidAllocator}, the engine picks each token's TID and RND itself
 * ({@link #creditToken(StsMeter, long, Instant)}, {@link #managementToken(StsMeter, int, int, Instant)});
 * the overloads taking {@code tid} and {@code rnd} leave both to the caller. The engine is thread-safe
 * when its allocator is.
 */
public final class StsTokenEngine {

    public static final int CLASS_CREDIT = 0;
    public static final int CLASS_MANAGEMENT = 2;
    public static final int SUBCLASS_ELECTRICITY = 0;
    public static final int SUBCLASS_SET_MAX_POWER = 0;
    public static final int SUBCLASS_CLEAR_CREDIT = 1;
    public static final int SUBCLASS_CLEAR_TAMPER = 5;
    /** The clear credit value that clears every register. */
    public static final int ALL_REGISTERS = 0xFFFF;
    /** The last minute a 24-bit TID can express. */
    public static final int TID_MAX = 0xFFFFFF;

    private final VendingKey vendingKey;
    private final Ea07Tables ea07Tables;
    private final TidAllocator tidAllocator;
    private final RandomGenerator random;

    /** An engine without the EA07 tables (EA07 meters are refused) and without a TID allocator. */
    public StsTokenEngine(VendingKey vendingKey) {
        this(vendingKey, null);
    }

    /** An engine that also serves EA07 meters with {@code ea07Tables} (may be null: EA07 refused), without a TID allocator. */
    public StsTokenEngine(VendingKey vendingKey, Ea07Tables ea07Tables) {
        this(vendingKey, ea07Tables, null, null);
    }

    /**
     * An engine that issues tokens with TIDs from {@code tidAllocator} and RND from {@code random}
     * (a {@link SecureRandom} when null). {@code ea07Tables} may be null: EA07 meters are then refused.
     */
    public StsTokenEngine(VendingKey vendingKey, Ea07Tables ea07Tables, TidAllocator tidAllocator, RandomGenerator random) {
        if (vendingKey == null) {
            throw new StsException(StsException.Reason.INVALID_KEY, "No vending key is configured");
        }
        this.vendingKey = vendingKey;
        this.ea07Tables = ea07Tables;
        this.tidAllocator = tidAllocator;
        this.random = random == null ? new SecureRandom() : random;
    }

    /** Whether this engine can make and read tokens for {@code meter}'s algorithm under its vending key. */
    public boolean supports(StsMeter meter) {
        try {
            cipher(meter);
            return true;
        } catch (StsException e) {
            return false;
        }
    }

    /**
     * A class 0 electricity token for exactly {@code tenths} tenths of a kWh (take
     * {@link TokenAmount#floorToRepresentable} first), in the meter's next free minute at or after {@code now}.
     */
    public TokenResult creditToken(StsMeter meter, long tenths, Instant now) {
        return issue(meter, CLASS_CREDIT, SUBCLASS_ELECTRICITY, TokenAmount.encode(tenths), now);
    }

    /** A class 2 management token (set maximum power limit, clear credit or clear tamper) in the meter's next free minute. */
    public TokenResult managementToken(StsMeter meter, int subclass, int value, Instant now) {
        checkManagement(subclass, value);
        return issue(meter, CLASS_MANAGEMENT, subclass, value, now);
    }

    /** Class 2 subclass 0: the meter's maximum power, in watts (1 to 65535). */
    public TokenResult setMaximumPowerLimit(StsMeter meter, int watts, Instant now) {
        if (watts < 1) {
            throw new StsException(StsException.Reason.INVALID_VALUE, "The maximum power limit is 1 to 65535 watts");
        }
        return managementToken(meter, SUBCLASS_SET_MAX_POWER, watts, now);
    }

    /** Class 2 subclass 1 with 0xFFFF: clears every credit register. */
    public TokenResult clearCredit(StsMeter meter, Instant now) {
        return managementToken(meter, SUBCLASS_CLEAR_CREDIT, ALL_REGISTERS, now);
    }

    /** Class 2 subclass 5 with value 0: clears the meter's tamper state. */
    public TokenResult clearTamper(StsMeter meter, Instant now) {
        return managementToken(meter, SUBCLASS_CLEAR_TAMPER, 0, now);
    }

    /** A class 0 electricity token for exactly {@code tenths} tenths of a kWh, with the caller's TID and RND. */
    public String creditToken(StsMeter meter, long tenths, int tid, int rnd) {
        int amount = TokenAmount.encode(tenths);
        return encrypt(cipher(meter), new TokenBlock(CLASS_CREDIT, SUBCLASS_ELECTRICITY, checkRnd(rnd), checkTid(tid), amount));
    }

    /** A class 2 management token with a 16-bit register value, with the caller's TID and RND. */
    public String managementToken(StsMeter meter, int subclass, int value, int tid, int rnd) {
        checkManagement(subclass, value);
        return encrypt(cipher(meter), new TokenBlock(CLASS_MANAGEMENT, subclass, checkRnd(rnd), checkTid(tid), value));
    }

    /** Decrypts and checks a token for this meter: range, class, CRC. */
    public DecodedToken decode(StsMeter meter, String token) {
        TokenBlock.Parsed parsed = TokenBlock.parse(token);
        if (parsed.tokenClass() != CLASS_CREDIT && parsed.tokenClass() != CLASS_MANAGEMENT) {
            throw new StsException(StsException.Reason.UNSUPPORTED_CLASS, "Class " + parsed.tokenClass() + " tokens are not read here");
        }
        TokenBlock block = TokenBlock.fromDataBlock(parsed.tokenClass(), cipher(meter).decrypt(parsed.ciphertext()));
        return new DecodedToken(block.tokenClass(), block.subclass(), block.rnd(), block.tid(),
                timeOf(meter, block.tid()), block.amount());
    }

    /** Whole minutes from the meter's base date to {@code now}; refused once the 24-bit TID has run out. */
    public static int minuteOf(StsMeter meter, Instant now) {
        long minutes = Math.floorDiv(Duration.between(meter.baseInstant(), now).getSeconds(), 60);
        if (minutes < 0 || minutes > TID_MAX) {
            throw new StsException(StsException.Reason.TID_OUT_OF_RANGE,
                    "The meter's base date " + meter.baseDate() + " cannot express this time; it needs a key change");
        }
        return (int) minutes;
    }

    /** The minute a TID stands for. */
    public static Instant timeOf(StsMeter meter, int tid) {
        return meter.baseInstant().plus(Duration.ofMinutes(tid));
    }

    private TokenResult issue(StsMeter meter, int tokenClass, int subclass, int field, Instant now) {
        if (tidAllocator == null) {
            throw new IllegalStateException("This engine was built without a TidAllocator; pass the TID and RND instead");
        }
        // Everything that can refuse the token is checked before a minute is taken from the allocator.
        BlockCipher64 cipher = cipher(meter);
        int minute = minuteOf(meter, now);
        int tid = tidAllocator.allocate(meter.drn(), minute);
        if (tid < minute) {
            throw new IllegalStateException("The TID allocator granted a minute before the one asked for");
        }
        if (tid > TID_MAX) {
            throw new StsException(StsException.Reason.TID_OUT_OF_RANGE, "Meter " + meter.drn()
                    + " has used every minute its base date " + meter.baseDate() + " can express; it needs a key change");
        }
        String token = encrypt(cipher, new TokenBlock(tokenClass, subclass, nextRnd(), tid, field));
        return new TokenResult(token, tokenClass, subclass, tid, timeOf(meter, tid), field);
    }

    private int nextRnd() {
        synchronized (random) {
            return random.nextInt(16);
        }
    }

    private static String encrypt(BlockCipher64 cipher, TokenBlock block) {
        return TokenBlock.toDigits(block.tokenClass(), cipher.encrypt(block.dataBlock()));
    }

    private static void checkManagement(int subclass, int value) {
        if (subclass != SUBCLASS_SET_MAX_POWER && subclass != SUBCLASS_CLEAR_CREDIT && subclass != SUBCLASS_CLEAR_TAMPER) {
            throw new StsException(StsException.Reason.UNSUPPORTED_SUBCLASS, "Class 2 subclass " + subclass
                    + " is not built here; only 0 (set maximum power limit), 1 (clear credit) and 5 (clear tamper)");
        }
        if (value < 0 || value > 0xFFFF) {
            throw new StsException(StsException.Reason.INVALID_VALUE, "A management token's value is 0 to 65535");
        }
        if (subclass == SUBCLASS_CLEAR_TAMPER && value != 0) {
            throw new StsException(StsException.Reason.INVALID_VALUE, "A clear tamper token's value is 0");
        }
    }

    private static int checkTid(int tid) {
        if (tid < 0 || tid > TID_MAX) {
            throw new StsException(StsException.Reason.TID_OUT_OF_RANGE, "A TID is 0 to " + TID_MAX + " minutes");
        }
        return tid;
    }

    private static int checkRnd(int rnd) {
        if (rnd < 0 || rnd > 15) {
            throw new IllegalArgumentException("RND is 4 bits");
        }
        return rnd;
    }

    private BlockCipher64 cipher(StsMeter meter) {
        return switch (meter.algorithm()) {
            case EA11 -> {
                if (vendingKey.bits() != 160) {
                    throw new StsException(StsException.Reason.UNSUPPORTED_ALGORITHM,
                            "EA11 needs a 160-bit vending key (DKGA04); a 64-bit key (DKGA02) serves EA07 meters only");
                }
                yield new Misty1(Dkga04.derive(vendingKey, meter));
            }
            case EA07 -> {
                if (ea07Tables == null) {
                    throw new StsException(StsException.Reason.UNSUPPORTED_ALGORITHM, "EA07 needs the STA tables file (" + Ea07Tables.ENV + " names it)");
                }
                yield new Sta(ea07Tables, decoderKey64(meter));
            }
        };
    }

    private byte[] decoderKey64(StsMeter meter) {
        return vendingKey.bits() == 64 ? Dkga02.derive(vendingKey, meter) : Dkga04.derive(vendingKey, meter);
    }
}
