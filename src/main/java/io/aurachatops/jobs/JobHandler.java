package io.aurachatops.jobs;

/**
 * Runs one kind of job. Handlers live with the workflow they serve; the job runtime finds them by kind, so
 * that this package stays below the workflows.
 */
public interface JobHandler<J extends Job> {

    Class<J> kind();

    void run(J job);
}
