package org.juiceledger.standalone.console.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.query.verification.VerificationRuns;
import org.juiceledger.query.verification.VerificationStatus;
import org.juiceledger.standalone.console.support.ConsoleForms;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Duration;

/**
 * The projection verification of {@code POST /api/audit/verification}, started from the console in
 * the same {@link VerificationRuns} (one at a time per node; a second start shows the API's
 * {@code VERIFICATION_RUNNING} at the form). A run's page shows its phase and progress and reloads
 * itself every {@value #REFRESH_SECONDS} seconds while it runs (a meta refresh, no script), then the
 * report.
 */
@Controller
class VerificationPagesController {

    static final int REFRESH_SECONDS = 2;
    private static final String PAGE = "/console/audit/verification";
    private final VerificationRuns runs;

    VerificationPagesController(VerificationRuns runs) {
        this.runs = runs;
    }

    @GetMapping(PAGE)
    String latest(Model model) {
        return show(runs.latest().orElse(null), model);
    }

    @PostMapping(PAGE)
    String start(Authentication who, Model model, HttpServletResponse response) {
        return ConsoleForms.attempt(() -> {
                    try {
                        return runs.start(who.getName(), Duration.ZERO);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }, "verify", model, response)
                .map(started -> "redirect:" + PAGE + "/" + started.id())
                .orElseGet(() -> latest(model));
    }

    @GetMapping(PAGE + "/{id}")
    String run(@PathVariable String id, Model model) {
        return show(runs.required(id), model);
    }

    private static String show(VerificationStatus run, Model model) {
        model.addAttribute("run", run);
        if (run != null && "RUNNING".equals(run.state())) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "console/audit-verification";
    }
}
