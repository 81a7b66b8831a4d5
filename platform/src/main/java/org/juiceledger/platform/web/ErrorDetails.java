package org.juiceledger.platform.web;

import org.juiceledger.kernel.error.ErrorCode;

/** What a command handler on another node reports about a refusal (the details of a CommandExecutionException). */
public record ErrorDetails(ErrorCode code, String message) {
}
