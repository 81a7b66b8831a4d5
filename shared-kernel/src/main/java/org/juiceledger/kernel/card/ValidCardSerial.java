package org.juiceledger.kernel.card;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.juiceledger.kernel.validation.TextRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A card serial as typed, by {@link CardSerial}'s rule; with {@code emptyAllowed}, an empty field too. */
@Documented
@Constraint(validatedBy = ValidCardSerial.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCardSerial {

    String message() default "A serial is " + CardSerial.RULE + ".";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** An empty field (a form's optional last serial) passes. */
    boolean emptyAllowed() default false;

    class Validator extends TextRule<ValidCardSerial> {
        private boolean emptyAllowed;

        public Validator() {
            super(CardSerial::isWellFormed);
        }

        @Override
        public void initialize(ValidCardSerial annotation) {
            emptyAllowed = annotation.emptyAllowed();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return (emptyAllowed && value != null && value.isEmpty()) || super.isValid(value, context);
        }
    }
}
