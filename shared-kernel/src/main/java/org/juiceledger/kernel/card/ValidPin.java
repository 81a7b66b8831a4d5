package org.juiceledger.kernel.card;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.validation.TextRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A PIN as typed, by {@link Pin}'s rule. */
@Documented
@Constraint(validatedBy = ValidPin.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPin {

    String message() default "A PIN is " + Pin.RULE + ".";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The problem code a request refused by this constraint alone is answered with. */
    ErrorCode code() default ErrorCode.PIN_MALFORMED;

    class Validator extends TextRule<ValidPin> {
        public Validator() {
            super(Pin::isWellFormed);
        }
    }
}
