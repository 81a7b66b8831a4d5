package org.juiceledger.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.annotation.Annotation;
import java.util.function.Predicate;

/**
 * The validator behind each value type's constraint annotation: it asks the type's own rule, so
 * a request, a form and the type's constructor cannot disagree. {@code null} is valid (add
 * {@code @NotNull} where a value is required), as with the standard constraints.
 */
public abstract class TextRule<A extends Annotation> implements ConstraintValidator<A, String> {

    private final Predicate<String> rule;

    protected TextRule(Predicate<String> rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || rule.test(value);
    }
}
