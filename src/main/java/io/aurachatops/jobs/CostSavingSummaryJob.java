package io.aurachatops.jobs;

/**
 * The one watch of a cost-saving run: it reads the run's ledger record (no Aura calls) until every chunk has
 * reported or the deadline passed, then posts the single summary. {@code action} is pause or resume.
 */
public record CostSavingSummaryJob(String jobId, String runKey, String action, String channelId, String slot,
        int chunks, String deadline) implements Job {
}
