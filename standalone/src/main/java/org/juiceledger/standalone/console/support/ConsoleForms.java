package org.juiceledger.standalone.console.support;

import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.web.ProblemFactory;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs what a form asks for. A refusal is put in the model as {@code refusal} with the name of the
 * form it belongs to ({@code refusedForm}), so the page shows it next to that form, and the
 * response gets the status the API would answer with.
 */
public final class ConsoleForms {

    private ConsoleForms() {
    }

    public static <T> Optional<T> attempt(Supplier<T> action, String form, Model model, HttpServletResponse response) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.orRethrow(failure);
            model.addAttribute("refusal", refusal);
            model.addAttribute("refusedForm", form);
            response.setStatus(statusOf(refusal));
            return Optional.empty();
        }
    }

    /**
     * A form that answers on its own page: fields the binding refused answer 400 (the page shows them
     * at their fields) and nothing runs; otherwise as {@link #attempt}.
     */
    public static <T> Optional<T> submit(BindingResult errors, Supplier<T> action, String form, Model model,
                                         HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(400);
            return Optional.empty();
        }
        return attempt(action, form, model, response);
    }

    static int statusOf(Refusal refusal) {
        try {
            return ProblemFactory.statusOf(ErrorCode.valueOf(refusal.code()).kind()).value();
        } catch (IllegalArgumentException notAnErrorCode) {
            return 400;
        }
    }
}
