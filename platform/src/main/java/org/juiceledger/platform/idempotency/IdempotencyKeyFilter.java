package org.juiceledger.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.juiceledger.platform.web.ProblemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Optional;
import org.juiceledger.kernel.error.DomainException;
import java.util.regex.Pattern;

/**
 * Makes a POST with an {@code Idempotency-Key} safe to retry, exactly once. It runs in the
 * security filter chain after authentication, so keys belong to the signed-in user. The request
 * runs in one database transaction ({@link KeyedTransaction}) that holds its key's record, its
 * events and every row it writes, and the record takes the response before that transaction
 * commits: so either the request took effect and its response is kept, or nothing of it is. A
 * retry with the same key, method, path and body gets the kept response again, marked
 * {@code Idempotent-Replay: true}, without running; a retry while the first is still running waits
 * for it. Requests without the header pass untouched.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAY_HEADER = "Idempotent-Replay";
    /** Largest body a keyed request may have: the body is read into memory to fingerprint it. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    /** Stands for the caller of a public path; logins start with a letter, so it is no one's login. */
    private static final String ANONYMOUS = "-anonymous-";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);

    private final IdempotencyStore store;
    private final KeyedTransaction transactions;
    private final EarlierAttempts earlierAttempts;
    private final ObjectMapper json;

    IdempotencyKeyFilter(IdempotencyStore store, KeyedTransaction transactions, EarlierAttempts earlierAttempts,
                         ObjectMapper json) {
        this.earlierAttempts = earlierAttempts;
        this.store = store;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, ErrorCode.IDEMPOTENCY_KEY_INVALID,
                    "The Idempotency-Key header must be 1-100 of A-Z a-z 0-9 _ . : -");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            ProblemFactory.write(response, json, ProblemFactory.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "PAYLOAD_TOO_LARGE", "The request is too large."));
            return;
        }
        KeyedRequest keyed = new KeyedRequest(login(), key, RequestFingerprint.of(request, body));
        try {
            Optional<StoredRequest> earlier = store.find(keyed.login(), keyed.key());
            if (earlier.isPresent()) {
                answerRetry(earlier.get(), keyed, response);
            } else {
                runOnce(keyed, new BufferedRequest(request, body), response, chain);
            }
        } catch (PessimisticLockingFailureException stillRunning) {
            problem(response, ErrorCode.REQUEST_IN_PROGRESS,
                    "The first request with this Idempotency-Key is still running; retry in a moment.");
        } catch (RuntimeException failure) {
            if (!DatabaseFailures.isUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            problem(response, ErrorCode.DATABASE_UNAVAILABLE, "The database cannot be reached; nothing was done. "
                    + "Retry with the same Idempotency-Key.");
        }
    }

    private void runOnce(KeyedRequest keyed, HttpServletRequest request, HttpServletResponse response,
                         FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        KeyedTransaction.Outcome outcome = transactions.run(keyed, () -> {
            Optional<DomainException> settled = earlierAttempts.settle(keyed.login(), keyed.key());
            if (settled.isPresent()) {
                problem(cached, settled.get().code(), settled.get().getMessage());
            } else {
                chain.doFilter(request, cached);
                earlierAttempts.answered(keyed.login(), keyed.key());
            }
            return new KeptResponse(cached.getStatus(), cached.getContentType(), cached.getContentAsByteArray());
        });
        switch (outcome) {
            case ANSWERED_BEFORE -> answerRetry(store.find(keyed.login(), keyed.key()).orElseThrow(), keyed, response);
            case ANSWER -> cached.copyBodyToResponse();
            case OUTCOME_UNKNOWN -> {
                log.warn("The commit of a keyed request was not confirmed; its retry will tell whether it took effect");
                cached.resetBuffer();
                problem(response, ErrorCode.COMMIT_OUTCOME_UNKNOWN, "The connection to the database broke while "
                        + "this request committed, so it may or may not have taken effect. Retry it with the same "
                        + "Idempotency-Key: that retry either returns the first answer or runs it once.");
            }
        }
    }

    private void answerRetry(StoredRequest earlier, KeyedRequest keyed, HttpServletResponse response) throws IOException {
        if (!earlier.sameRequestAs(keyed.requestHash())) {
            problem(response, ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        } else if (!earlier.completed()) {
            problem(response, ErrorCode.REQUEST_IN_PROGRESS, "The first request with this Idempotency-Key was "
                    + "taken by an earlier version that cannot tell whether it finished; check before sending it anew.");
        } else {
            response.setStatus(earlier.status());
            response.setHeader(REPLAY_HEADER, "true");
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            byte[] body = earlier.responseBody() == null ? new byte[0] : earlier.responseBody();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private void problem(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        ProblemFactory.write(response, json, ProblemFactory.problem(code, detail));
    }

    private static String login() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
