package org.juiceledger.platform.request;

import org.juiceledger.platform.time.IdSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Reads the origin of the work in progress: the HTTP request and its user, or the system itself. */
public final class CurrentRequestOrigin {

    public static final String SYSTEM_USER = "system";

    private CurrentRequestOrigin() {
    }

    /** The origin of the work in progress; work outside a request (or a request without one) gets a new correlation id from {@code ids}. */
    public static RequestOrigin get(IdSource ids) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new RequestOrigin(currentUser(), Channel.SYSTEM.name(), ids.newId());
        }
        Object correlationId = request.getAttribute(RequestOriginFilter.CORRELATION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Object channel = request.getAttribute(RequestOriginFilter.CHANNEL_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return new RequestOrigin(
                currentUser(),
                channel == null ? Channel.REST.name() : channel.toString(),
                correlationId == null ? ids.newId() : correlationId.toString());
    }

    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM_USER;
        }
        return authentication.getName();
    }
}
