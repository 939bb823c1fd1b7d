package io.aurachatops.jobs;

import io.aurachatops.command.Requester;
import java.util.Map;

/**
 * A slash command that passed the ingress checks. {@code responseUrl} lets the worker answer privately; it
 * is a short-lived capability, not a credential, and it is never logged. {@code fingerprint} identifies the
 * signed request (a hash of its signature), so that a replay of the same request runs once.
 */
public record CommandJob(String jobId, String queuedAt, String verb, Map<String, String> args, Requester requester,
        String responseUrl, String fingerprint) implements Job {

    public CommandJob {
        args = Map.copyOf(args);
    }

    /** A command that no signed request stands behind (a continuation, a test). */
    public CommandJob(String jobId, String queuedAt, String verb, Map<String, String> args, Requester requester,
            String responseUrl) {
        this(jobId, queuedAt, verb, args, requester, responseUrl, null);
    }

    @Override
    public String toString() {
        return "CommandJob[" + jobId + ", " + verb + ", " + requester + "]";
    }
}
