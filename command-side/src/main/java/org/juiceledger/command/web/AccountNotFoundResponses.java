package org.juiceledger.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command sent from the account endpoints to an aggregate that does not exist: that is an unknown account. */
@RestControllerAdvice(basePackages = "org.juiceledger.command.account")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountNotFoundResponses {

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> missing(AggregateNotFoundException e) {
        return ProblemFactory.response(ProblemFactory.problem(ErrorCode.ACCOUNT_NOT_FOUND,
                "No account " + e.getAggregateIdentifier() + "."));
    }
}
