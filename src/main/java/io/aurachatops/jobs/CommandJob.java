package io.aurachatops.jobs;

import io.aurachatops.command.Requester;
import java.util.Map;

/**
 * A slash command that passed the ingress checks. {@code responseUrl} lets the worker answer privately; it
 * is a short-lived capability, not a credential, and it is never logged.
 */
public record CommandJob(String jobId, String queuedAt, String verb, Map<String, String> args, Requester requester,
        String responseUrl) implements Job {

    public CommandJob {
        args = Map.copyOf(args);
    }

    @Override
    public String toString() {
        return "CommandJob[" + jobId + ", " + verb + ", " + requester + "]";
    }
}
