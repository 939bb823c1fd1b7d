package io.aurachatops.aura;

/** Aura accepted a change: the instance as it answered, and the {@code X-Request-Id} for the audit line. */
public record Accepted(Instance instance, String requestId) {
}
