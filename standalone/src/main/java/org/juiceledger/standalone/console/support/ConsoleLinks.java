package org.juiceledger.standalone.console.support;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may open a console path, asked of the very rules the filter chain
 * enforces: a page shows a link or a button only when following it would be allowed.
 * Templates call it as {@code ${@consoleLinks.allows('/console/...')}}.
 */
@Component("consoleLinks")
public class ConsoleLinks {

    private final WebInvocationPrivilegeEvaluator rules;

    ConsoleLinks(WebInvocationPrivilegeEvaluator rules) {
        this.rules = rules;
    }

    public boolean allows(String path) {
        return rules.isAllowed(path, current());
    }

    public boolean allowsPost(String path) {
        return rules.isAllowed("", path, "POST", current());
    }

    private static Authentication current() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
