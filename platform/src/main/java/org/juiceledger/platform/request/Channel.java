package org.juiceledger.platform.request;

/** The ways a request reaches the system; recorded on every event. */
public enum Channel {
    REST, SMS, IVR, WEB, SYSTEM;

    /** Gateways and the customer web page have paths of their own; everything else is the REST API. */
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
        return REST;
    }
}
