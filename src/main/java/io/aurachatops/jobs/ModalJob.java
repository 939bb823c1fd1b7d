package io.aurachatops.jobs;

/**
 * The create form needs (new) choices: the worker fills the open view {@code viewId} with the selects that the
 * tenant's configurations allow after {@code type}, {@code cloud}, {@code region} (each may be null).
 * {@code hash} is the view's version as Slack gave it, so an older update never overwrites a newer one.
 */
public record ModalJob(String jobId, String viewId, String hash, String userId, String type, String cloud,
        String region, String memory) implements Job {
}
