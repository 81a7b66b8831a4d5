package org.juiceledger.standalone.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.juiceledger.platform.user.UserAccount;
import org.juiceledger.platform.user.UserAccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the signed-in user again on every console request, before access is decided: a user an
 * admin disabled (or removed) is signed out at once, and changed roles apply from the next click,
 * as they do on the API (which signs in on every request). Also gives the session its timeout in
 * seconds ({@code server.servlet.session.timeout}; Tomcat's own setting counts whole minutes).
 */
public final class SignedInUsers extends OncePerRequestFilter {

    /** The request attribute holding the signed-in {@link UserAccount}, read once here for the page. */
    public static final String USER = SignedInUsers.class.getName() + ".user";
    /** Pages open to all, also with an ended session's cookie. */
    private static final Set<String> OPEN = Set.of(ConsoleSecurityConfiguration.LOGIN, "/console/console.css",
            "/console/forbidden");
    private final UserAccountRepository users;
    private final int timeoutSeconds;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInUsers(UserAccountRepository users, Duration timeout) {
        this.users = users;
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    /** The request came with a session that has ended (timed out, signed out elsewhere, or its user disabled). */
    static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /** To the sign-in form, which says that the session has ended. */
    static void toSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + ConsoleSecurityConfiguration.LOGIN + "?expired");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getMaxInactiveInterval() != timeoutSeconds) {
            session.setMaxInactiveInterval(timeoutSeconds);
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who instanceof UsernamePasswordAuthenticationToken && who.isAuthenticated();
        if (!signedIn && sessionEnded(request) && !OPEN.contains(request.getRequestURI())) {
            toSignIn(request, response);
            return;
        }
        if (signedIn) {
            Optional<UserAccount> user;
            try {
                user = users.findById(who.getName());
            } catch (RuntimeException failure) {
                if (!DatabaseFailures.isUnavailable(failure)) {
                    throw failure;
                }
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (user.isEmpty() || !user.get().enabled()) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
                toSignIn(request, response);
                return;
            }
            Set<String> roles = user.get().roles().stream().map(r -> r.authority()).collect(Collectors.toSet());
            if (!roles.equals(who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))) {
                List<SimpleGrantedAuthority> now = roles.stream().sorted().map(SimpleGrantedAuthority::new).toList();
                UsernamePasswordAuthenticationToken changed =
                        UsernamePasswordAuthenticationToken.authenticated(who.getPrincipal(), null, now);
                changed.setDetails(who.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(changed);
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
            request.setAttribute(USER, user.get());
        }
        chain.doFilter(request, response);
    }
}
