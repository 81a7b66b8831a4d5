package org.juiceledger.kernel.error;

/** How a refusal relates to the request; the web layer maps each kind to one HTTP status. */
public enum ErrorKind {
    /** The request itself is malformed or has invalid fields (400). */
    INVALID,
    /** A resource the request names does not exist (404). */
    NOT_FOUND,
    /** The request conflicts with the current state (409). */
    CONFLICT,
    /** A valid request that the business rules refuse (422). */
    REFUSED,
    /** Something that was there once is gone for good (410). */
    GONE,
    /** Too many failed attempts from one source (429). */
    TOO_MANY_ATTEMPTS,
    /** Our side cannot answer now (a database outage, an unknown commit outcome): retry later (503). */
    UNAVAILABLE
}
