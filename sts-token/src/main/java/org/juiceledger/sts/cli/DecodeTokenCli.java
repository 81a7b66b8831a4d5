package org.juiceledger.sts.cli;

import org.juiceledger.sts.DecodedToken;
import org.juiceledger.sts.Ea07Tables;
import org.juiceledger.sts.StsException;
import org.juiceledger.sts.StsMeter;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.VendingKey;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Support tool: decodes a 20-digit token for a meter and prints what it carries.
 *
 * <pre>
 * JUICE_STS_VENDING_KEY=... [JUICE_STS_EA07_TABLES=/path/to/sta-tables.txt] \
 *   java -cp sts-token-0.1.0-SNAPSHOT.jar org.juiceledger.sts.cli.DecodeTokenCli \
 *   TOKEN DRN SGC TI KRN KT BASE_DATE ALGORITHM
 * </pre>
 *
 * The vending key is read only from the environment, never from the arguments, and is never
 * printed. Exit codes: 0 decoded, 1 the token does not decode for this meter, 2 bad arguments,
 * 3 missing or bad configuration (vending key, EA07 tables, an algorithm the key cannot serve).
 */
public final class DecodeTokenCli {

    public static final String VENDING_KEY_ENV = "JUICE_STS_VENDING_KEY";
    public static final int OK = 0;
    public static final int TOKEN_REJECTED = 1;
    public static final int BAD_ARGUMENTS = 2;
    public static final int BAD_CONFIGURATION = 3;

    static final String USAGE = """
            usage: DecodeTokenCli TOKEN DRN SGC TI KRN KT BASE_DATE ALGORITHM
              TOKEN      the 20-digit token (spaces and dashes are ignored)
              DRN        the 11-digit meter number
              SGC        the 6-digit supply group code
              TI         the 2-digit tariff index
              KRN        the key revision number, 1-9
              KT         the key type, one digit
              BASE_DATE  1993, 2014 or 2035
              ALGORITHM  EA07 or EA11
            environment:
              %s     the vending key, 16 or 40 hex digits (required; never an argument)
              %s     the STA tables file (EA07 meters only)
            exit codes: 0 decoded, 1 token rejected, 2 bad arguments, 3 bad configuration"""
            .formatted(VENDING_KEY_ENV, Ea07Tables.ENV);

    private DecodeTokenCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the tool, writing results and errors to {@code out}; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        return run(args, env, out, out);
    }

    /** Runs the tool, writing results to {@code out} and errors to {@code err}; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE);
            return OK;
        }
        if (args.length != 8) {
            // The arguments are not echoed: a misplaced vending key must not end up on screen or in a log.
            err.println("error: expected 8 arguments, got " + args.length
                    + (args.length > 8 ? " (the vending key is read only from " + VENDING_KEY_ENV + ")" : ""));
            err.println(USAGE);
            return BAD_ARGUMENTS;
        }
        String token = args[0].replaceAll("[\\s-]", "");
        if (!token.matches("[0-9]{20}")) {
            return fail(err, BAD_ARGUMENTS, "TOKEN is 20 digits");
        }
        Integer keyRevision = digit(args[4]);
        if (keyRevision == null) {
            return fail(err, BAD_ARGUMENTS, "KRN is one digit, 1 to 9");
        }
        Integer keyType = digit(args[5]);
        if (keyType == null) {
            return fail(err, BAD_ARGUMENTS, "KT is one digit");
        }
        Integer baseDate = baseDate(args[6]);
        if (baseDate == null) {
            return fail(err, BAD_ARGUMENTS, "BASE_DATE is 1993, 2014 or 2035");
        }
        StsMeter.Algorithm algorithm = algorithm(args[7]);
        if (algorithm == null) {
            return fail(err, BAD_ARGUMENTS, "ALGORITHM is EA07 or EA11");
        }
        StsMeter meter;
        try {
            meter = new StsMeter(args[1].strip(), args[2].strip(), args[3].strip(), keyRevision, keyType, baseDate, algorithm);
        } catch (StsException e) {
            return fail(err, BAD_ARGUMENTS, e.getMessage());
        }

        String keyHex = env.get(VENDING_KEY_ENV);
        if (keyHex == null || keyHex.isBlank()) {
            return fail(err, BAD_CONFIGURATION, VENDING_KEY_ENV + " is not set; the vending key comes only from there");
        }
        StsTokenEngine engine;
        try {
            VendingKey key = VendingKey.ofHex(keyHex);
            engine = new StsTokenEngine(key, algorithm == StsMeter.Algorithm.EA07 ? tables(env) : null);
        } catch (StsException e) {
            return fail(err, BAD_CONFIGURATION, messageFor(e));
        }

        DecodedToken decoded;
        try {
            decoded = engine.decode(meter, token);
        } catch (StsException e) {
            return switch (e.reason()) {
                case UNSUPPORTED_ALGORITHM, INVALID_KEY, INVALID_TABLES -> fail(err, BAD_CONFIGURATION, e.getMessage());
                default -> fail(err, TOKEN_REJECTED, e.getMessage());
            };
        }
        print(out, meter, token, decoded);
        return OK;
    }

    private static void print(PrintStream out, StsMeter meter, String token, DecodedToken decoded) {
        out.println("token:     " + token.replaceAll("(.{4})(?!$)", "$1 "));
        out.println("meter:     " + meter.drn() + " (SGC " + meter.supplyGroupCode() + ", TI " + meter.tariffIndex()
                + ", KRN " + meter.keyRevision() + ", KT " + meter.keyType() + ", base date " + meter.baseDate()
                + ", " + meter.algorithm() + ")");
        out.println("class:     " + decoded.tokenClass() + " (" + className(decoded.tokenClass()) + ")");
        out.println("subclass:  " + decoded.subclass() + " (" + subclassName(decoded.tokenClass(), decoded.subclass()) + ")");
        if (decoded.tokenClass() == StsTokenEngine.CLASS_MANAGEMENT && (decoded.subclass() == 3 || decoded.subclass() == 4)) {
            out.println("note:      a key change token carries key material in place of the TID and value; they are not shown");
            return;
        }
        out.println("TID:       " + decoded.tid() + " (" + decoded.issuedAt() + ")");
        out.println("RND:       " + decoded.rnd());
        if (decoded.tokenClass() == StsTokenEngine.CLASS_CREDIT) {
            long tenths = decoded.amountTenths();
            String amount = tenths / 10 + "." + tenths % 10;
            out.println("amount:    " + (decoded.subclass() == StsTokenEngine.SUBCLASS_ELECTRICITY
                    ? amount + " kWh"
                    : amount + " (in the subclass's unit)"));
        } else {
            out.println("value:     " + decoded.field() + String.format(" (0x%04X)", decoded.field())
                    + valueNote(decoded.subclass(), decoded.field()));
        }
    }

    private static String className(int tokenClass) {
        return switch (tokenClass) {
            case 0 -> "credit";
            case 2 -> "meter-specific management";
            default -> "class " + tokenClass;
        };
    }

    private static String subclassName(int tokenClass, int subclass) {
        if (tokenClass == StsTokenEngine.CLASS_CREDIT) {
            return switch (subclass) {
                case 0 -> "electricity, kWh";
                case 1 -> "water";
                case 2 -> "gas";
                case 3 -> "time";
                case 4 -> "electricity, currency";
                case 5 -> "water, currency";
                case 6 -> "gas, currency";
                case 7 -> "time, currency";
                default -> "reserved";
            };
        }
        return switch (subclass) {
            case 0 -> "set maximum power limit";
            case 1 -> "clear credit";
            case 2 -> "set tariff rate";
            case 3 -> "key change, first of the pair";
            case 4 -> "key change, second of the pair";
            case 5 -> "clear tamper";
            case 6 -> "set maximum phase power unbalance";
            default -> "reserved";
        };
    }

    private static String valueNote(int subclass, int value) {
        return switch (subclass) {
            case 0, 6 -> ", watts";
            case 1 -> value == 0xFFFF ? ", all registers" : ", register " + value;
            default -> "";
        };
    }

    private static Ea07Tables tables(Map<String, String> env) {
        String file = env.get(Ea07Tables.ENV);
        return file == null || file.isBlank() ? null : Ea07Tables.load(Path.of(file.strip()));
    }

    private static String messageFor(StsException e) {
        return e.reason() == StsException.Reason.INVALID_KEY ? VENDING_KEY_ENV + ": " + e.getMessage() : e.getMessage();
    }

    private static Integer digit(String text) {
        String value = text.strip();
        return value.matches("[0-9]") ? Integer.valueOf(value) : null;
    }

    private static Integer baseDate(String text) {
        return switch (text.strip()) {
            case "1993", "93" -> 1993;
            case "2014", "14" -> 2014;
            case "2035", "35" -> 2035;
            default -> null;
        };
    }

    private static StsMeter.Algorithm algorithm(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "EA07", "07", "7", "STA" -> StsMeter.Algorithm.EA07;
            case "EA11", "11", "MISTY1" -> StsMeter.Algorithm.EA11;
            default -> null;
        };
    }

    private static int fail(PrintStream err, int code, String message) {
        err.println("error: " + message);
        return code;
    }
}
