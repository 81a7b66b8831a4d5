package org.juiceledger.command.appends;

/** One aggregate's events appended by a unit of work: sequence numbers {@code first} to {@code last}. */
record AppendedStream(String type, String id, long first, long last) {

    AppendedStream including(long sequenceNumber) {
        return new AppendedStream(type, id, Math.min(first, sequenceNumber), Math.max(last, sequenceNumber));
    }
}
