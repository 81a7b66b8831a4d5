package org.juiceledger.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.platform.web.ProblemFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Keeps, in the running transaction, the answer for a keyed request whose first attempt took effect
 * while its own answer was lost: every retry under the key gets it instead of running again.
 */
@Component
public class RecoveredAnswers {

    private final IdempotencyStore store;
    private final ObjectMapper json;

    RecoveredAnswers(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public void keep(String login, String key, String requestHash, DomainException answer) {
        ProblemDetail problem = ProblemFactory.problem(answer.code(), answer.getMessage());
        try {
            store.keepAnswer(login, key, requestHash, problem.getStatus(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
