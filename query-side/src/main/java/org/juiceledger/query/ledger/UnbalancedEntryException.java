package org.juiceledger.query.ledger;

/**
 * A journal entry whose debits differ from its credits, or an event the posting rules cannot
 * post: always a defect, never a business refusal. The ledger stops on it rather than skip it.
 */
public class UnbalancedEntryException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnbalancedEntryException(String message) {
        super(message);
    }
}
