package io.aurachatops.jobs;

import java.util.List;

/**
 * A chunk of a cost-saving run's instances. Each item starts {@code todo}; the chunk checks and pauses (or
 * resumes) them, watches its own pending ones until they settle, and then reports the outcomes once to the
 * ledger record {@code runKey}. It carries its progress, so a continuation never sends a call twice.
 */
public record CostSavingChunkJob(String jobId, String runKey, String action, int chunk, List<BatchItem> items,
        String deadline) implements Job {

    public CostSavingChunkJob {
        items = List.copyOf(items);
    }

    public CostSavingChunkJob with(List<BatchItem> updated) {
        return with(updated, deadline);
    }

    /** With the deadline by which its pending items must have settled (set once its calls are sent). */
    public CostSavingChunkJob with(List<BatchItem> updated, String settleBy) {
        return new CostSavingChunkJob(jobId, runKey, action, chunk, updated, settleBy);
    }
}
