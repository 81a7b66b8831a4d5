package org.juiceledger.kernel.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import org.juiceledger.kernel.validation.TextRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A meter number, by {@link MeterNumber}'s rule. */
@Documented
@Constraint(validatedBy = ValidMeterNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidMeterNumber {

    String message() default MeterNumber.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends TextRule<ValidMeterNumber> {
        public Validator() {
            super(MeterNumber::isWellFormed);
        }
    }
}
