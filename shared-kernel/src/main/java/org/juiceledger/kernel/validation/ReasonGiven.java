package org.juiceledger.kernel.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.juiceledger.kernel.error.ErrorCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reason for a void, a reversal or an adjustment, by {@link Reasons}' rule: required, not blank
 * ({@link ErrorCode#REASON_REQUIRED}).
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

    class Validator implements ConstraintValidator<ReasonGiven, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Reasons.given(value);
        }
    }
}
