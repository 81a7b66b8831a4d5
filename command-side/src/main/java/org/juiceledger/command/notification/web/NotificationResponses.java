package org.juiceledger.command.notification.web;

import org.juiceledger.command.notification.NoRecipientException;
import org.juiceledger.platform.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A notification with no one to send it to: 422 {@code NO_RECIPIENT}. */
@RestControllerAdvice(basePackageClasses = NotificationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationResponses {

    @ExceptionHandler(NoRecipientException.class)
    ResponseEntity<ProblemDetail> noRecipient(NoRecipientException e) {
        return ProblemFactory.response(ProblemFactory.problem(HttpStatus.UNPROCESSABLE_ENTITY, NoRecipientException.CODE,
                e.getMessage()));
    }
}
