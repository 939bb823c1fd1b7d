package io.aurachatops.jobs;

import java.util.List;

/**
 * The one watch of a cost-saving run: polls every pending instance until all have settled or the deadline
 * passes, then posts one summary. {@code action} is {@code pause} or {@code resume}.
 */
public record BatchWatchJob(String jobId, String action, List<BatchItem> items, String channelId, String slot,
        String deadline, int polls) implements Job {

    public BatchWatchJob {
        items = List.copyOf(items);
    }

    public BatchWatchJob next(List<BatchItem> updated) {
        return new BatchWatchJob(jobId, action, updated, channelId, slot, deadline, polls + 1);
    }
}
