package org.juiceledger.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.error.ErrorKind;
import org.juiceledger.platform.transaction.Causes;
import org.juiceledger.platform.transaction.CommitOutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where failures become {@code application/problem+json}. Bad input is a 4xx with
 * a code; only a genuine defect is a 500, and even then without internals. Feature-specific advice
 * (which may name what was not found) runs first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = ProblemFactory.problem(e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return ProblemFactory.response(problem);
    }

    /** A command's failure, from this node or across the bus: {@link Failures} unwraps it. */
    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        return unexpected(e);
    }

    @ExceptionHandler(CommitOutcomeUnknownException.class)
    ResponseEntity<ProblemDetail> commitOutcomeUnknown(CommitOutcomeUnknownException e) {
        log.warn("A commit was not confirmed by the database: {}", e.getCause().toString());
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.COMMIT_OUTCOME_UNKNOWN,
                "The connection to the database broke while this request committed, so it may or may not have "
                        + "taken effect. Send requests with an Idempotency-Key: a retry with the same key returns "
                        + "the first answer or runs the request once."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.MALFORMED_REQUEST,
                "The request body is not valid JSON of the expected shape: " + JsonProblemDescriber.describe(e)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<FieldError> fields = e.getBindingResult().getFieldErrors();
        List<Map<String, String>> errors = fields.stream().map(ProblemResponses::fieldError).toList();
        ProblemDetail problem = ProblemFactory.problem(codeOf(fields),
                "Some fields are invalid: " + errors.stream().map(m -> m.get("field")).distinct().toList());
        problem.setProperty("errors", errors);
        return ProblemFactory.response(problem);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.VALIDATION_FAILED,
                "Some parameters are invalid."));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class, ConstraintViolationException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.VALIDATION_FAILED, Failures.BAD_PARAMETER));
    }

    @ExceptionHandler({AggregateNotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.NOT_FOUND, Failures.NO_SUCH_RESOURCE));
    }

    /** Two commands created the same aggregate at once, or one that exists already. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.ALREADY_EXISTS, "It already exists."));
    }

    /**
     * Two commands changed the same aggregate at once, or Axon broke a lock cycle between them
     * (its DeadlockException), or the database gave up on a row lock: nothing happened, retry.
     */
    @ExceptionHandler({ConcurrencyException.class, LockAcquisitionFailedException.class,
            PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception e) {
        log.info("Concurrent modification answered with 409: {}", e.toString());
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.CONCURRENT_MODIFICATION, Failures.CONCURRENT));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(Exception e) {
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.FORBIDDEN, "FORBIDDEN",
                "Your role may not do this."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "This resource does not support " + e.getMethod() + "."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_MEDIA_TYPE", "Send application/json."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.NOT_ACCEPTABLE,
                "NOT_ACCEPTABLE", "This resource cannot answer in the requested media type."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "PAYLOAD_TOO_LARGE", "The request is too large."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        CommitOutcomeUnknownException commitUnknown = Causes.find(e, CommitOutcomeUnknownException.class);
        if (commitUnknown != null) {
            return commitOutcomeUnknown(commitUnknown);
        }
        Optional<DomainException> refusal = Failures.refusalOf(e);
        if (refusal.isPresent()) {
            if (refusal.get().code().kind() == ErrorKind.UNAVAILABLE) {
                log.warn("Database unavailable: {}", e.toString());
            } else if (refusal.get() != e && refusal.get().code() == ErrorCode.CONCURRENT_MODIFICATION) {
                log.info("Concurrent modification answered with 409: {}", e.toString());
            }
            return domain(refusal.get());
        }
        log.error("Unexpected failure", e);
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR", "Something went wrong on our side; quote the correlation id to support."));
    }

    /**
     * The precise code when every invalid field breaks one rule that names its own (a kernel
     * constraint's {@code code()}, e.g. {@code @ValidPin} is PIN_MALFORMED), else VALIDATION_FAILED.
     */
    static ErrorCode codeOf(List<FieldError> fields) {
        Set<ErrorCode> codes = new HashSet<>();
        for (FieldError field : fields) {
            codes.add(ruleCode(field));
        }
        return codes.size() == 1 && !codes.contains(null) ? codes.iterator().next() : ErrorCode.VALIDATION_FAILED;
    }

    private static ErrorCode ruleCode(FieldError field) {
        if (!field.contains(ConstraintViolation.class)) {
            return null;
        }
        Object code = field.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes().get("code");
        return code instanceof ErrorCode precise ? precise : null;
    }

    private static Map<String, String> fieldError(FieldError error) {
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        return Map.of("field", error.getField(), "message", message);
    }
}
