package org.juiceledger.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redemptions driven by wrk (a C load tool, far lighter on the CPU it shares with the app than the
 * harness's own Java clients) for a fixed time, as an outside checker would drive them: 2 threads,
 * {@code clients} connections, each request a card of its own from a file of "pin,meter" lines that
 * the threads share out. A request counts as failed unless the answer is the one a sale gives (201
 * from {@code /api/cards/redeem}; 200 with a token from the SMS gateway).
 */
final class Wrk {

    private static final Pattern RESULT = Pattern.compile(
            "WRK requests=(\\d+) seconds=([0-9.]+) p50=(\\d+) p99=(\\d+) errors=(\\d+) failed=(\\d+)");
    private static final String SCRIPT = """
            local threads = {}
            local counter = 0
            function setup(thread)
              thread:set("id", counter)
              counter = counter + 1
              table.insert(threads, thread)
            end
            function init(args)
              cards = {}
              local n = 0
              for line in io.lines("%s") do
                if n %% %d == id then
                  local pin, meter = line:match("([^,]+),([^,]+)")
                  table.insert(cards, {pin, meter})
                end
                n = n + 1
              end
              next_card = 1
              failed = 0
            end
            function request()
              local card = cards[next_card]
              if card == nil then
                card = {"exhausted", "0"}
              end
              next_card = next_card + 1
              return wrk.format("POST", "%s", {["Content-Type"] = "application/json",
                ["Authorization"] = "Basic %s"}, %s)
            end
            function response(status, headers, body)
              if not (%s) then
                failed = failed + 1
              end
            end
            function done(summary, latency, requests)
              local failures = 0
              for _, t in ipairs(threads) do
                failures = failures + t:get("failed")
              end
              local e = summary.errors
              io.write(string.format("WRK requests=%%d seconds=%%.3f p50=%%d p99=%%d errors=%%d failed=%%d\\n",
                summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
                e.connect + e.read + e.write + e.timeout, failures))
            end
            """;
    private static final int THREADS = 2;

    /** What one run measured: latencies in microseconds, as wrk keeps them. */
    record Result(long requests, double seconds, long p50Micros, long p99Micros, long errors) {
    }

    private Wrk() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /** Cashier redemptions to STS meters: {@code cards} holds "pin,meter" lines, one per request at most. */
    static Result cashier(int port, String user, String password, Path cards, int clients, int seconds, Path dir)
            throws Exception {
        return run(port, "/api/cards/redeem", user, password, cards, clients, seconds, dir, "cashier",
                "'{\"pin\":\"' .. card[1] .. '\",\"meterNumber\":\"' .. card[2] .. '\"}'", "status == 201");
    }

    /** The same sales as texts through the SMS gateway, one gateway login, a sender per connection. */
    static Result sms(int port, String user, String password, Path cards, int clients, int seconds, Path dir)
            throws Exception {
        return run(port, "/api/gateways/sms", user, password, cards, clients, seconds, dir, "sms",
                "'{\"from\":\"+2608' .. (next_card % " + clients + ") .. '\",\"text\":\"' .. card[2] .. '*' .. card[1]"
                        + " .. '\",\"messageId\":\"wrk-' .. id .. '-' .. next_card .. '\"}'",
                "status == 200 and body:find(\"Token for meter\", 1, true)");
    }

    private static Result run(int port, String path, String user, String password, Path cards, int clients,
                              int seconds, Path dir, String name, String body, String success) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Path script = dir.resolve("wrk-" + name + ".lua");
        Files.writeString(script, String.format(SCRIPT, cards.toAbsolutePath(), THREADS, path, auth, body, success));
        Path output = dir.resolve("wrk-" + name + ".txt");
        Process wrk = new ProcessBuilder(List.of("wrk", "-t" + THREADS, "-c" + clients, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString(), "http://127.0.0.1:" + port))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish; see " + output);
        }
        String text = Files.readString(output);
        Matcher m = RESULT.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no result: " + text);
        }
        long failed = Long.parseLong(m.group(6));
        return new Result(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)) + failed);
    }

    /** Writes {@code pins} with the meters they go to as "pin,meter" lines for {@link #cashier} and {@link #sms}. */
    static Path cardsFile(Path dir, String name, List<String> pins, List<String> meters) throws Exception {
        List<String> lines = new ArrayList<>(pins.size());
        for (int i = 0; i < pins.size(); i++) {
            lines.add(pins.get(i) + "," + meters.get(i));
        }
        return Files.write(dir.resolve(name), lines);
    }
}
