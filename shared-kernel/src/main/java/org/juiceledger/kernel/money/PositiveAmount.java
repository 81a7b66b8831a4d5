package org.juiceledger.kernel.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every amount a user enters, by {@link Money}'s limits: present, above zero, at most 2 decimals, at most a billion. */
@NotNull
@DecimalMin(value = "0", inclusive = false)
@DecimalMax(Money.MAX_TEXT)
@Digits(integer = Money.INTEGER_DIGITS, fraction = Money.SCALE)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface PositiveAmount {

    String message() default "must be a positive amount with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
