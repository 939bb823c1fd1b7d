package io.aurachatops.support;

/**
 * Thrown before a request is started that would not finish before the job's deadline. Nothing was sent, so
 * the job can hand its remaining work to a continuation.
 */
public class OutOfTimeException extends RuntimeException {

    public OutOfTimeException(String message) {
        super(message, null, false, false);
    }
}
