package io.aurachatops.jobs;

/** Work for the worker. Jobs travel as versioned JSON (see {@link JobCodec}) and never hold a secret. */
public sealed interface Job permits CommandJob, WatchJob, DeleteDecisionJob, ListStatusJob,
        CostSavingChunkJob, CostSavingSummaryJob, SnapshotWatchJob, DataDecisionJob, ButtonClickJob, LeaseJob,
        AppHomeJob, ModalJob {

    String jobId();
}
