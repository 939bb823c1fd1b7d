package io.aurachatops.support;

import java.time.Duration;
import java.util.Optional;

/**
 * Thrown before a request is started that would not finish before the job's deadline. Nothing was sent, so
 * the job can hand its remaining work to a continuation.
 */
public class OutOfTimeException extends RuntimeException {

    private final transient Duration budgetWait;

    public OutOfTimeException(String message) {
        this(message, null);
    }

    /** {@code budgetWait}: how long the request would have waited for the Aura budget, when that is why. */
    public OutOfTimeException(String message, Duration budgetWait) {
        super(message, null, false, false);
        this.budgetWait = budgetWait;
    }

    public Optional<Duration> budgetWait() {
        return Optional.ofNullable(budgetWait);
    }
}
