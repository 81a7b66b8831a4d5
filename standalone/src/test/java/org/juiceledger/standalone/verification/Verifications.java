package org.juiceledger.standalone.verification;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.standalone.testing.Desk;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Starts a projection verification over REST and polls its status resource until it has finished. */
final class Verifications {

    private Verifications() {
    }

    /** The finished status (state DONE), its result included. */
    static JsonNode run(Desk desk, String auditor) {
        Reply started = desk.post(auditor, "/api/audit/verification", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location").get(0);
        assertThat(location).isEqualTo("/api/audit/verification/" + started.json().get("id").asText());
        JsonNode finished = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.api.get(location, auditor, Desk.PASSWORD).json(),
                        status -> !status.get("state").asText().equals("RUNNING"));
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("DONE");
        assertThat(finished.get("percent").asInt()).isEqualTo(100);
        return finished;
    }

    static JsonNode result(Desk desk, String auditor) {
        return run(desk, auditor).get("result");
    }
}
