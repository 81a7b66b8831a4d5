package org.juiceledger.platform.request;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.UUID;

/** Reads the origin of the work in progress: the HTTP request and its user, or the system itself. */
public final class CurrentRequestOrigin {

    public static final String SYSTEM_USER = "system";

    private CurrentRequestOrigin() {
    }

    public static RequestOrigin get() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new RequestOrigin(currentUser(), Channel.SYSTEM.name(), UUID.randomUUID().toString());
        }
        Object correlationId = request.getAttribute(RequestOriginFilter.CORRELATION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Object channel = request.getAttribute(RequestOriginFilter.CHANNEL_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return new RequestOrigin(
                currentUser(),
                channel == null ? Channel.REST.name() : channel.toString(),
                correlationId == null ? UUID.randomUUID().toString() : correlationId.toString());
    }

    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM_USER;
        }
        return authentication.getName();
    }
}
