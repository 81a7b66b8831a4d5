package org.juiceledger.standalone.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The auditor's desk over plain HTTP against the API's own answers: the event history filtered by
 * type, who, channel, correlation id and time shows what {@code GET /api/audit/events} answers for the
 * same filter, and exports it as the API's NDJSON; the projection verification starts from the console
 * and is followed to its report; the projections page shows the replay state.
 */
@PostgresIntegrationTest
class ConsoleAuditIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION = Pattern.compile("class=\"num event-position\">(\\d+)<");
    @LocalServerPort
    int port;
    Desk desk;
    String auditor;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        auditor = desk.user("AUDITOR");
    }

    @Test
    void theEventHistoryFiltersAsTheApiDoesAndExportsTheSameEventsAsNdjson() {
        // a filtered page reads at most 10,000 events: start after what the shared database already holds
        long head = desk.api.get("/api/admin/replay", auditor, Desk.PASSWORD).json().get("headPosition").asLong();
        String cashier = desk.user("CASHIER");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "3.00", "tender", "CASH"));
        ConsoleSession till = new ConsoleSession(port);
        till.signIn(cashier, Desk.PASSWORD);
        String accountPage = "/console/accounts/" + account;
        assertThat(till.postWithToken(accountPage, accountPage + "/deposits", Map.of("amount", "4.00", "tender", "CASH"))
                .statusCode()).isEqualTo(302);
        assertThat(till.postWithToken(accountPage, accountPage + "/deposits", Map.of("amount", "5.00", "tender", "CASH"))
                .statusCode()).isEqualTo(302);
        ConsoleSession audit = new ConsoleSession(port);
        audit.signIn(auditor, Desk.PASSWORD);

        // the cashier's events at the console: what the API answers for the same filter, and only those
        String byConsole = "who=" + cashier + "&channel=CONSOLE";
        String consoleSince = "&after=" + head;
        String apiSince = "&afterPosition=" + head;
        JsonNode api = desk.api.get("/api/audit/events?limit=1000&" + byConsole + apiSince, auditor, Desk.PASSWORD).json();
        List<Long> apiPositions = new ArrayList<>();
        api.get("events").forEach(e -> apiPositions.add(e.get("position").asLong()));
        assertThat(apiPositions).hasSizeGreaterThanOrEqualTo(2);
        String page = audit.get("/console/audit/events?" + byConsole + consoleSince).body();
        assertThat(positions(page)).isEqualTo(apiPositions);
        assertThat(cells(page, "event-who")).containsOnly(cashier);
        assertThat(cells(page, "event-channel")).containsOnly("CONSOLE");
        assertThat(page).contains("<option value=\"CONSOLE\" selected=\"selected\">CONSOLE</option>");

        // one correlation id: the events of one console deposit, nothing else
        JsonNode first = api.get("events").get(0);
        String correlationId = first.get("correlationId").asText();
        String oneRequest = audit.get("/console/audit/events?correlationId=" + correlationId + consoleSince).body();
        assertThat(cells(oneRequest, "event-correlation")).isNotEmpty().containsOnly(correlationId);
        assertThat(positions(oneRequest)).contains(first.get("position").asLong()).doesNotContain(apiPositions.get(apiPositions.size() - 1));

        // by type and time: the account's events of the first console deposit's type from its time on
        String type = first.get("type").asText();
        String from = first.get("timestamp").asText().substring(0, 19);
        String typed = audit.get("/console/audit/events?aggregateId=" + account + "&type=" + type + "&from=" + from).body();
        assertThat(cells(typed, "event-type")).containsOnly(type);
        JsonNode apiTyped = desk.api.get("/api/audit/events?aggregateId=" + account + "&type=" + type + "&from=" + from + "Z",
                auditor, Desk.PASSWORD).json();
        assertThat(positions(typed)).hasSize(apiTyped.get("events").size()).hasSizeGreaterThanOrEqualTo(2);
        String before = audit.get("/console/audit/events?" + byConsole + "&to=" + from + consoleSince).body();
        assertThat(positions(before)).as("to is not included").doesNotContain(first.get("position").asLong());

        // the export: the same filter, the API's NDJSON, every match
        HttpResponse<String> exported = audit.get("/console/audit/events.ndjson?" + byConsole + consoleSince);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        Reply apiExport = desk.api.exchange(HttpMethod.GET, "/api/audit/events?" + byConsole + apiSince, auditor, Desk.PASSWORD, null,
                Map.of("Accept", "application/x-ndjson"));
        assertThat(exported.body()).isEqualTo(apiExport.body());
        assertThat(lines(exported.body())).extracting(e -> e.get("position").asLong()).isEqualTo(apiPositions);

        // a plain auditor sees the holder's name masked, on the page and in the file
        String opened = "/console/audit/events?aggregateId=" + account + "&type=AccountOpened";
        assertThat(audit.get(opened).body()).contains("***").doesNotContain("Thandi Nkosi");
        assertThat(audit.get(opened.replace("events?", "events.ndjson?")).body()).contains("***").doesNotContain("Thandi Nkosi");

        HttpResponse<String> backwards = audit.get("/console/audit/events?from=" + from + "&to=" + from);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("VALIDATION_FAILED");
        assertThat(till.get("/console/audit/events.ndjson").statusCode()).isEqualTo(403);
    }

    @Test
    void anAuditorStartsTheProjectionVerificationAndFollowsItToTheApisReport() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "6.00", "tender", "CASH"));
        ConsoleSession audit = new ConsoleSession(port);
        audit.signIn(auditor, Desk.PASSWORD);
        assertThat(audit.get("/console/audit/verification").body()).contains("id=\"verify-projections\"");

        HttpResponse<String> started = audit.postWithToken("/console/audit/verification", "/console/audit/verification", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> again = audit.postWithToken("/console/audit/verification", "/console/audit/verification", Map.of());
        if (again.statusCode() == 409) {
            assertThat(again.body()).contains("VERIFICATION_RUNNING").contains("/console/audit/verification/" + id);
        } else {
            assertThat(again.statusCode()).as("the first one had finished").isEqualTo(302);
        }

        String done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = audit.get("/console/audit/verification/" + id).body();
            if (body.contains("id=\"run-state\">RUNNING<")) {
                assertThat(body).contains("<meta http-equiv=\"refresh\" content=\"2\">").contains("id=\"refresh\"");
            }
            return body;
        }, body -> !body.contains("id=\"run-state\">RUNNING<"));
        JsonNode api = desk.api.get("/api/audit/verification/" + id, auditor, Desk.PASSWORD).json();
        assertThat(api.get("state").asText()).isEqualTo("DONE");
        assertThat(done).contains("id=\"run-state\">DONE<").contains("id=\"run-percent\">100 %<")
                .doesNotContain("http-equiv=\"refresh\"");
        JsonNode report = api.get("result");
        // the database is shared with tests that break projections on purpose: the page must say what the API says
        long mismatches = report.get("mismatchCount").asLong();
        String figures = "(" + report.get("eventsReplayed").asText() + " events, up to position "
                + report.get("headPosition").asText() + ").";
        assertThat(done).contains(mismatches == 0 ? "Every projection follows from the events: no mismatch " + figures
                : mismatches + " values do NOT follow from the events " + figures);
        report.get("rowsCompared").properties().forEach(table -> assertThat(done)
                .contains("id=\"compared-" + table.getKey() + "\"><th scope=\"row\">" + table.getKey() + "</th>\n"
                        + "                        <td class=\"num\">" + table.getValue().asText() + "</td>"));

        ConsoleSession cashier = new ConsoleSession(port);
        cashier.signIn(desk.cashier, Desk.PASSWORD);
        assertThat(cashier.get("/console/audit/verification/" + id).statusCode()).isEqualTo(403);
        assertThat(audit.get("/console/audit/verification/no-such-run").body()).contains("VERIFICATION_NOT_FOUND");
    }

    @Test
    void theProjectionsPageShowsEveryProjectionAndWhetherAReplayRuns() {
        JsonNode status = desk.api.get("/api/admin/replay", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).json();
        ConsoleSession audit = new ConsoleSession(port);
        audit.signIn(auditor, Desk.PASSWORD);
        String page = audit.get("/console/audit/projections").body();
        assertThat(page).contains(status.get("rebuilding").asBoolean() ? "A replay is running" : "No replay is running.");
        for (JsonNode processor : status.get("processors")) {
            assertThat(page).contains("<td>" + processor.get("name").asText() + "</td>");
        }
        assertThat(page.split("<tr>", -1).length - 2).as("a row a projection").isEqualTo(status.get("processors").size());
    }

    private static List<Long> positions(String page) {
        List<Long> found = new ArrayList<>();
        Matcher position = POSITION.matcher(page);
        while (position.find()) {
            found.add(Long.parseLong(position.group(1)));
        }
        return found;
    }

    private static List<String> cells(String page, String cssClass) {
        List<String> found = new ArrayList<>();
        Matcher cell = Pattern.compile("class=\"" + cssClass + "\">([^<]*)<").matcher(page);
        while (cell.find()) {
            found.add(cell.group(1));
        }
        return found;
    }

    private static List<JsonNode> lines(String ndjson) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return lines;
    }
}
