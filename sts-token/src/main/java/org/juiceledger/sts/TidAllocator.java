package org.juiceledger.sts;

/**
 * Hands out token identifiers (minutes since the meter's base date) so that two tokens for one
 * meter never share a minute and come in the order they were issued: a token asked for in a minute
 * already used takes the next free one. Implementations persist the last minute granted per meter
 * (so a restart forgets nothing) and must be atomic per meter under concurrency.
 *
 * <p>Minutes count from the meter's base date, so when a meter moves to a new base date (key change
 * with rollover) its last granted minute must be reset along with it.
 */
public interface TidAllocator {

    /**
     * The TID to use for {@code meterNumber}: {@code max(currentMinute, last granted + 1)}, remembered
     * as the new last granted minute. The engine refuses the token if the result is past 2^24-1.
     */
    int allocate(String meterNumber, int currentMinute);
}
