package org.juiceledger.kernel.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reason for a void, a reversal or an adjustment: required, not blank ({@link ErrorCode#REASON_REQUIRED}).
 * Unlike the standard constraints, {@code null} is refused too: a reason is never optional.
 */
@Documented
@Constraint(validatedBy = ReasonGiven.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReasonGiven {

    String message() default "Give a reason.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The problem code a request refused by this constraint alone is answered with. */
    ErrorCode code() default ErrorCode.REASON_REQUIRED;

    /** Whether a reason was given. */
    static boolean given(String reason) {
        return reason != null && !reason.isBlank();
    }

    /** Refuses a missing or blank reason, saying what it is for. */
    static void require(String reason, String forWhat) {
        if (!given(reason)) {
            throw new DomainException(ErrorCode.REASON_REQUIRED, forWhat + " needs a reason.");
        }
    }

    class Validator implements jakarta.validation.ConstraintValidator<ReasonGiven, String> {
        @Override
        public boolean isValid(String value, jakarta.validation.ConstraintValidatorContext context) {
            return given(value);
        }
    }
}
