package org.juiceledger.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.web.ProblemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes a POST with an {@code Idempotency-Key} safe to retry. It runs in the security filter chain
 * after authentication, so keys belong to the signed-in user. The key is claimed in the database
 * before the request runs; the response (unless a 5xx) is kept with the claim, and a retry with
 * the same key and the same method, path and body gets that response again, marked
 * {@code Idempotent-Replay: true}, without running. Requests without the header pass untouched.
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
    private final ObjectMapper json;

    IdempotencyKeyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
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
            problem(response, ProblemFactory.problem(ErrorCode.IDEMPOTENCY_KEY_INVALID,
                    "The Idempotency-Key header must be 1-100 of A-Z a-z 0-9 _ . : -"));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problem(response, ProblemFactory.problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "The request is too large."));
            return;
        }
        String login = login();
        String hash = RequestFingerprint.of(request, body);
        String claimId = UUID.randomUUID().toString();
        Optional<StoredRequest> earlier = store.claim(login, key, hash, claimId);
        if (earlier.isPresent()) {
            answerRetry(earlier.get(), hash, response);
        } else {
            runAndKeep(new BufferedRequest(request, body), response, chain, login, key, claimId);
        }
    }

    private void runAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                            String login, String key, String claimId) throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, cached);
        } catch (Throwable failure) {
            release(login, key, claimId);
            throw failure;
        }
        if (worthKeeping(cached)) {
            keep(cached, login, key, claimId);
        } else {
            release(login, key, claimId);
        }
        cached.copyBodyToResponse();
    }

    /** A 5xx, or an error that left no body (it went to the container's error page), may be retried. */
    private static boolean worthKeeping(ContentCachingResponseWrapper cached) {
        int status = cached.getStatus();
        return status < 500 && (status < 400 || cached.getContentSize() > 0);
    }

    private void keep(ContentCachingResponseWrapper cached, String login, String key, String claimId) {
        try {
            if (!store.complete(login, key, claimId, cached.getStatus(), cached.getContentType(),
                    cached.getContentAsByteArray())) {
                log.warn("The claim on an idempotency key was lost before its response could be kept");
            }
        } catch (RuntimeException e) {
            // The request has had its effect: answer it, and leave the claim in progress rather than
            // release it for a retry that would repeat the effect.
            log.error("Could not keep the response of an idempotent request", e);
        }
    }

    private void release(String login, String key, String claimId) {
        try {
            store.release(login, key, claimId);
        } catch (RuntimeException e) {
            log.error("Could not release an idempotency key", e);
        }
    }

    private void answerRetry(StoredRequest earlier, String hash, HttpServletResponse response) throws IOException {
        if (!earlier.sameRequestAs(hash)) {
            problem(response, ProblemFactory.problem(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request."));
        } else if (!earlier.completed()) {
            problem(response, ProblemFactory.problem(ErrorCode.REQUEST_IN_PROGRESS,
                    "The first request with this Idempotency-Key is still running; retry in a moment."));
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

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String login() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
