package org.juiceledger.standalone.console.support;

import jakarta.servlet.http.HttpServletRequest;
import org.juiceledger.kernel.Metadata;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.platform.request.RequestOrigin;
import org.juiceledger.platform.user.UserAccount;
import org.juiceledger.standalone.console.security.SignedInUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * What every console page has: who is signed in (for the header), and for a failure no page caught
 * itself an error page with the API's problem code, never a stack trace. Runs before the API's
 * {@code ProblemResponses}, which would answer problem+json.
 */
@ControllerAdvice(basePackages = "org.juiceledger.standalone.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsolePages {

    private static final Logger log = LoggerFactory.getLogger(ConsolePages.class);

    @ModelAttribute("me")
    StaffMember me(Authentication who, HttpServletRequest request) {
        if (who == null || !who.isAuthenticated() || "anonymousUser".equals(who.getName())) {
            return null;
        }
        // read once per request by SignedInUsers, before access was decided
        Object user = request.getAttribute(SignedInUsers.USER);
        String name = user instanceof UserAccount account ? account.name() : who.getName();
        List<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).sorted().toList();
        return new StaffMember(who.getName(), name, roles);
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception failure, Model model, HttpServletResponse response) {
        Refusal refusal = Refusal.from(failure).orElse(null);
        if (refusal == null) {
            log.error("Unexpected failure on a console page", failure);
            refusal = Refusal.of("INTERNAL_ERROR", "Something went wrong on our side; quote the correlation id to support.");
            response.setStatus(500);
        } else {
            response.setStatus(ConsoleForms.statusOf(refusal));
        }
        model.addAttribute("refusal", refusal);
        model.addAttribute("correlationId", MDC.get(Metadata.CORRELATION_ID));
        return "console/error";
    }

    public record StaffMember(String login, String name, List<String> roles) {
    }
}
