package org.juiceledger.platform.request;

/** The ways a request reaches the system; recorded on every event. */
public enum Channel {
    REST, SMS, IVR, WEB, CONSOLE, SYSTEM;

    /** Gateways, the customer web page and the staff console have paths of their own; everything else is the REST API. */
    static Channel forPath(String path) {
        if (path.startsWith("/api/gateways/sms")) {
            return SMS;
        }
        if (path.startsWith("/api/gateways/ivr")) {
            return IVR;
        }
        if (path.startsWith("/redeem")) {
            return WEB;
        }
        if (path.equals("/console") || path.startsWith("/console/")) {
            return CONSOLE;
        }
        return REST;
    }
}
