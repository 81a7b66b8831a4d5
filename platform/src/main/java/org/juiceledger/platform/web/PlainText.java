package org.juiceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person types (names, notes, reasons): no control characters and no angle brackets,
 * so nothing stored can later be read as markup on a receipt or a web page.
 */
@Pattern(regexp = "[^\\p{Cntrl}<>]*")
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface PlainText {

    String message() default "must not contain control characters or < >";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
