package org.juiceledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.kernel.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.juiceledger.platform.web.ProblemFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 from the security filters, as problem+json like every other error. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ObjectMapper json;

    ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // the user store (the database) failed, so the password could not be checked: a valid
            // user must not be told it is wrong. (A failing rollback can hide the outage's own exception.)
            log.warn("Sign-in could not be checked: {}", DatabaseFailures.isUnavailable(e) ? "database unavailable" : e.toString());
            ProblemFactory.write(response, json, ProblemFactory.problem(ErrorCode.DATABASE_UNAVAILABLE,
                    "The database cannot be reached, so the sign-in cannot be checked. Retry in a moment."));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"juice-ledger\"");
        write(response, ProblemFactory.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                "Sign in with HTTP Basic credentials."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ProblemFactory.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not do this."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemFactory.write(response, json, problem);
    }
}
