package org.juiceledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers whatever reaches the servlet container's error page (failures outside Spring MVC, such
 * as a rejected request line) with a problem document instead of an HTML page or a trace.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseFailures.isUnavailable(failure)) {
            return ProblemFactory.response(ProblemFactory.problem(ErrorCode.DATABASE_UNAVAILABLE,
                    "The database cannot be reached; nothing was done. Retry in a moment."));
        }
        String problemCode = status.is5xxServerError() ? "INTERNAL_ERROR" : status.name();
        return ProblemFactory.response(ProblemFactory.problem(status, problemCode, status.getReasonPhrase() + "."));
    }
}
