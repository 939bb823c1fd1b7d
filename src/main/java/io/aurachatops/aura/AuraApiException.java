package io.aurachatops.aura;

import java.time.Duration;
import java.util.Optional;

/**
 * Any failed call to Aura: an error answer, or no answer at all ({@code status} 0). Carries what a user
 * or a support ticket needs and nothing secret.
 */
public class AuraApiException extends RuntimeException {

    private final int status;
    private final String reason;
    private final String field;
    private final String requestId;
    private final Duration retryAfter;

    public AuraApiException(int status, String reason, String field, String message, String requestId,
            Duration retryAfter) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.field = field;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    /** No HTTP answer: timeout, refused or reset connection. */
    public static AuraApiException unreachable(String what) {
        return new AuraApiException(0, "unreachable", null, what, null, null);
    }

    public int status() {
        return status;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isBusy() {
        return status == 409;
    }

    @Override
    public String toString() {
        return "AuraApiException{status=" + status + ", reason=" + reason + ", field=" + field + ", requestId="
                + requestId + ", message=" + getMessage() + "}";
    }
}
