package org.juiceledger.standalone.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the sign-in form with why, as a word the page turns into a message. A wrong login, a
 * wrong password and a disabled user read the same, so the form does not tell which logins exist.
 */
final class SignInFailures implements AuthenticationFailureHandler {

    private final String loginPage;

    SignInFailures(String loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        response.sendRedirect(request.getContextPath() + loginPage + "?error=" + reason(failure));
    }

    static String reason(AuthenticationException failure) {
        if (failure instanceof LockedException) {
            return "locked";
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            return "unavailable";
        }
        return "bad";
    }
}
