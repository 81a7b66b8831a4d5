package org.juiceledger.standalone.console.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;

/** The sign-in form (Spring Security checks what it posts) and the page every refusal of access shows. */
@Controller
class LoginController {

    private static final Set<String> REASONS = Set.of("bad", "locked", "unavailable");

    @GetMapping("/console/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 @RequestParam(required = false) String expired, Authentication who, Model model) {
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken) && error == null) {
            return "redirect:/console";
        }
        model.addAttribute("error", error == null ? null : REASONS.contains(error) ? error : "bad");
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("expired", expired != null);
        return "console/login";
    }

    /** Any method: a refused POST is forwarded here as it came. */
    @RequestMapping("/console/forbidden")
    String forbidden() {
        return "console/forbidden";
    }
}
