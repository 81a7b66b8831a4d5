package org.juiceledger.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run does. {@code --short}: a quick look (100,000 cards, fewer requests, 5 s of pgbench);
 * default: 1,000,000 cards; {@code --long}: also the replay over 2,000,000+ events and the
 * redemption rate after 5,000,000; {@code --replay}: a replay of every projection over the store
 * the loads left. {@code --profile}: a JFR recording of the app.
 * {@code --app-setting=--name=value}: passed to the app.
 */
record Options(boolean shortRun, boolean longRun, boolean replay, boolean profile, boolean keepDatabase, int cards, Path jar,
               Path out, List<String> appSettings) {

    static Options parse(String[] args) {
        boolean shortRun = false;
        boolean longRun = false;
        boolean replay = false;
        boolean profile = false;
        boolean keep = false;
        Integer cards = null;
        Path jar = Path.of("standalone/target/standalone-0.1.0-SNAPSHOT.jar");
        Path out = Path.of("benchmarks/target/run-" + System.currentTimeMillis());
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--short")) {
                shortRun = true;
            } else if (arg.equals("--long")) {
                longRun = true;
            } else if (arg.equals("--replay")) {
                replay = true;
            } else if (arg.equals("--profile")) {
                profile = true;
            } else if (arg.equals("--keep-db")) {
                keep = true;
            } else if (arg.startsWith("--cards=")) {
                cards = Integer.parseInt(arg.substring(8));
            } else if (arg.startsWith("--jar=")) {
                jar = Path.of(arg.substring(6));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring(6));
            } else if (arg.startsWith("--app-setting=")) {
                settings.add(arg.substring(14));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        int quantity = cards != null ? cards : shortRun ? 100_000 : 1_000_000;
        Options options = new Options(shortRun, longRun, replay, profile, keep, quantity, jar.toAbsolutePath(),
                out.toAbsolutePath(), settings);
        if (quantity < options.pinsNeeded()) {
            throw new IllegalArgumentException(String.format("--cards=%d: this run redeems %,d cards; give at least that many",
                    quantity, options.pinsNeeded()));
        }
        return options;
    }

    int pgbenchSeconds() {
        return shortRun ? 5 : 10;
    }

    int accounts() {
        return shortRun ? 100 : 200;
    }

    int redemptions(int clients) {
        int n = switch (clients) {
            case 1 -> 300;
            case 8 -> 1_500;
            default -> 3_000;
        };
        return shortRun ? n : n * 2;
    }

    /**
     * Redemptions in one round of the warm-up before the measured ones, not counted. On two cores the
     * JIT compiler still took a third of the CPU after the first 2,000 requests and compiled for
     * minutes (28,000 methods); a node at work has long finished that. Rounds run until the compiler
     * is at rest ({@link #warmUpRoundsMax} at most).
     */
    int warmUpRound() {
        return shortRun ? 2_000 : 4_000;
    }

    int warmUpRoundsMax() {
        return 4;
    }

    /** Seconds of each wrk-driven load (as a cashier, through the gateway). */
    int wrkSeconds() {
        return shortRun ? 10 : 20;
    }

    /**
     * Cards set aside per second of a wrk-driven load: wrk runs for a time, not a count, so it gets
     * more cards than this machine has ever redeemed in a second.
     */
    static final int WRK_MAX_RATE = 1_000;

    /** Warm-up, three levels as a cashier and through the gateway, wrk's two loads, and the long run's last level. */
    int pinsNeeded() {
        int levels = redemptions(1) + redemptions(8) + redemptions(32);
        return warmUpRound() * warmUpRoundsMax() + 2 * levels + 2 * wrkSeconds() * WRK_MAX_RATE
                + (longRun ? redemptions(32) : 0);
    }
}
